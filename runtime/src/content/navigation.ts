/** Reading order across chapter boundaries: the last lesson of a chapter leads to the next chapter. */
import type { Course, Lesson } from './types'

export function findLesson(course: Course, chapterSlug: string, lessonSlug: string): Lesson | null {
  return course.lessons.find((l) => l.chapterSlug === chapterSlug && l.slug === lessonSlug) ?? null
}

export function lessonNeighbours(
  course: Course,
  lessonId: string,
): { previous: Lesson | null; next: Lesson | null } {
  const index = course.lessons.findIndex((l) => l.id === lessonId)
  if (index === -1) return { previous: null, next: null }
  return { previous: course.lessons[index - 1] ?? null, next: course.lessons[index + 1] ?? null }
}
