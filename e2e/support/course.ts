/**
 * The course the e2e specs check against, loaded with the same loader and folder the build used
 * (LOOPLAB_CONTENT_DIR or content/): expectations come from the files, never from hard-coded titles.
 */
import path from 'node:path'
import { loadCourse, type Course, type Lesson } from '@looplab/runtime/content'

let loaded: Promise<Course> | null = null

export function course(): Promise<Course> {
  loaded ??= loadCourse(path.resolve(process.env.LOOPLAB_CONTENT_DIR ?? 'content'))
  return loaded
}

export function lessonPath(lesson: Pick<Lesson, 'chapterSlug' | 'slug'>): string {
  return `/learn/${lesson.chapterSlug}/${lesson.slug}`
}
