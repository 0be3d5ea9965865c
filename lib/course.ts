/**
 * The course as the site sees it. React `cache()` dedupes within one render (metadata + page).
 * Across renders the parsed course is kept while the content folder is unchanged: for the whole
 * build in production (content cannot change under it), and until the next edit in development.
 */
import { cache } from 'react'
import { findLesson, lessonNeighbours, loadCourse, type Course } from '@looplab/runtime/content'
import { contentDir } from './content-dir'
import { contentSignature } from './content-signature'

let kept: { dir: string; signature: string; course: Promise<Course> } | null = null

async function loadFresh(): Promise<Course> {
  const dir = contentDir()
  if (process.env.NODE_ENV === 'production' && kept?.dir === dir) return kept.course
  const signature = process.env.NODE_ENV === 'production' ? '' : await contentSignature(dir)
  if (kept && kept.dir === dir && kept.signature === signature) return kept.course
  const course = loadCourse(dir)
  kept = { dir, signature, course }
  // A failed load is not kept: the next request retries (after the author's fix).
  course.catch(() => {
    if (kept?.course === course) kept = null
  })
  return course
}

export const getCourse = cache(loadFresh)

export async function getLesson(chapterSlug: string, lessonSlug: string) {
  const course = await getCourse()
  const lesson = findLesson(course, chapterSlug, lessonSlug)
  if (!lesson) return null
  const chapter = course.chapters.find((c) => c.slug === chapterSlug)
  if (!chapter) return null
  return { course, chapter, lesson, ...lessonNeighbours(course, lesson.id) }
}

export function lessonHref(lesson: { chapterSlug: string; slug: string }): `/learn/${string}` {
  return `/learn/${lesson.chapterSlug}/${lesson.slug}`
}

export function chapterHref(chapter: { slug: string }): `/learn/${string}` {
  return `/learn/${chapter.slug}`
}
