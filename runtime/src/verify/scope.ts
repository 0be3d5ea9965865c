/**
 * PATH arguments → the part of the course to verify: a chapter folder selects its lessons, a
 * lesson folder or its index.mdx selects that lesson, an exercise folder (or a file in it) only
 * that exercise. A PATH that is none of these is an error, never a silent "0 passed".
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Course, Lesson } from '../content/types'
import type { VerifyScope } from './types'

export class ScopeError extends Error {}

export function selectScope(course: Course, paths: readonly string[]): VerifyScope {
  const all = { course, lessons: course.lessons, exerciseIds: exercisesOf(course, course.lessons) }
  if (paths.length === 0) return { ...all, wholeCourse: true }
  const lessons = new Set<Lesson>()
  const exerciseIds = new Set<string>()
  for (const given of paths) {
    const target = path.resolve(given)
    if (!existsSync(target)) throw new ScopeError(`${given}: no such file or folder`)
    if (contains(target, course.contentDir)) return { ...all, wholeCourse: true }
    const exercise = Object.values(course.exercises).find((e) => contains(e.dir, target))
    if (exercise) {
      exerciseIds.add(exercise.id)
      continue
    }
    const matched = course.lessons.filter(
      (lesson) => contains(target, lesson.dir) || contains(lesson.dir, target),
    )
    if (matched.length === 0) {
      throw new ScopeError(
        `${given}: not a chapter, lesson or exercise of the course in ${course.contentDir}`,
      )
    }
    for (const lesson of matched) {
      lessons.add(lesson)
      for (const id of exercisesOf(course, [lesson])) exerciseIds.add(id)
    }
  }
  const ordered = course.lessons.filter((lesson) => lessons.has(lesson))
  const exerciseOrder = exercisesOf(course, course.lessons)
  return {
    course,
    lessons: ordered,
    exerciseIds: exerciseOrder.filter((id) => exerciseIds.has(id)),
    wholeCourse: false,
  }
}

/** True when `inner` is `outer` or lies inside it. */
function contains(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Exercise ids of the lessons, in reading order, then by id within a lesson. */
function exercisesOf(course: Course, lessons: readonly Lesson[]): string[] {
  return lessons.flatMap((lesson) =>
    Object.values(course.exercises)
      .filter((exercise) => exercise.lessonId === lesson.id)
      .map((exercise) => exercise.id)
      .sort(),
  )
}
