/**
 * The course as the site sees it. React `cache()` dedupes within one render (metadata + page);
 * in production the parsed course is also kept for the whole build, since content cannot change
 * under a running build. In development every request re-reads the folder, so edits show at once.
 */
import { cache } from 'react'
import { findLesson, lessonNeighbours, loadCourse, type Course } from '@/runtime/src/content'
import { contentDir } from './content-dir'

let built: Promise<Course> | null = null

export const getCourse = cache((): Promise<Course> => {
  if (process.env.NODE_ENV !== 'production') return loadCourse(contentDir())
  built ??= loadCourse(contentDir())
  return built
})

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
