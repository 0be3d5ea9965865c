import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCourse } from '../content/course'
import type { Course } from '../content/types'
import { ScopeError, selectScope } from './scope'

const contentDir = fileURLToPath(new URL('./fixtures/course', import.meta.url))
const at = (...parts: string[]) => path.join(contentDir, ...parts)
let course: Course

beforeAll(async () => {
  course = await loadCourse(contentDir)
})

describe('selectScope', () => {
  it('takes the whole course with no PATH, or with the content folder itself', () => {
    for (const paths of [[], [contentDir]]) {
      const scope = selectScope(course, paths)
      expect(scope.wholeCourse).toBe(true)
      expect(scope.lessons.map((l) => l.id)).toEqual(['basics/first-run', 'basics/waiting'])
      expect(scope.exerciseIds).toEqual(['broken-solution', 'say-hello'])
    }
  })

  it('narrows to a chapter, a lesson folder, or a lesson file', () => {
    expect(selectScope(course, [at('01-basics')]).lessons).toHaveLength(2)
    const lesson = selectScope(course, [at('01-basics', '02-waiting', 'index.mdx')])
    expect(lesson.wholeCourse).toBe(false)
    expect(lesson.lessons.map((l) => l.id)).toEqual(['basics/waiting'])
    expect(lesson.exerciseIds).toEqual([])
    const withExercises = selectScope(course, [at('01-basics', '01-first-run')])
    expect(withExercises.exerciseIds).toEqual(['broken-solution', 'say-hello'])
  })

  it('narrows to one exercise when PATH points into its folder', () => {
    const scope = selectScope(course, [
      at('01-basics', '01-first-run', 'exercises', 'say-hello', 'solution.py'),
    ])
    expect(scope.lessons).toEqual([])
    expect(scope.exerciseIds).toEqual(['say-hello'])
  })

  it('refuses a PATH that is missing or outside the course', () => {
    expect(() => selectScope(course, [at('nope')])).toThrow(ScopeError)
    expect(() => selectScope(course, [at('sources')])).toThrow(/not a chapter, lesson or exercise/)
  })
})
