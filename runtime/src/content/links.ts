/**
 * Internal links are checked at build time: a link to a lesson (or to a heading, example or
 * exercise in one) that does not exist fails the build instead of sending a reader to a 404.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { ContentIssue } from './content-error'
import type { Course, Lesson } from './types'

export type LessonLink = { url: string; line: number | undefined }

export function extractLinks(tree: Root): LessonLink[] {
  const links: LessonLink[] = []
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line: node.position?.start.line })
    }
  })
  return links
}

export function linkIssues(course: Course, lesson: Lesson, links: LessonLink[]): ContentIssue[] {
  const issues: ContentIssue[] = []
  for (const { url, line } of links) {
    const problem = checkLink(course, lesson, url)
    if (problem) issues.push({ file: lesson.file, line, field: `link ${url}`, message: problem })
  }
  return issues
}

function checkLink(course: Course, from: Lesson, url: string): string | null {
  const [path = '', anchor] = url.split('#', 2)
  if (path === '') return anchor && !from.anchors.includes(anchor) ? missingAnchor(anchor) : null
  const parts = /^\/learn\/([^/?#]+)(?:\/([^/?#]+))?\/?$/.exec(path)
  if (!path.startsWith('/learn')) return null // other site pages and outside links
  if (!parts) return 'not a lesson address: use /learn/<chapter>/<lesson>'
  const [, chapterSlug, lessonSlug] = parts
  const chapter = course.chapters.find((c) => c.slug === chapterSlug)
  if (!chapter) return `no chapter "${chapterSlug}" in the course`
  if (!lessonSlug) return anchor ? 'chapter pages have no anchors' : null
  const target = chapter.lessons.find((l) => l.slug === lessonSlug)
  if (!target) return `no lesson "${lessonSlug}" in chapter "${chapterSlug}"`
  return anchor && !target.anchors.includes(anchor) ? missingAnchor(anchor) : null
}

function missingAnchor(anchor: string): string {
  return `no heading, example or exercise with id "${anchor}" there`
}
