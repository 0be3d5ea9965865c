/**
 * Loading exercises: the real course loads whole, and each way a folder can be wrong is reported
 * with its file and field (one temporary course per behaviour).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ContentError } from '../content/content-error'
import { listExercises, loadExercise } from './load-exercise'
import { UnknownExerciseError } from './unknown-exercise'

const course = fileURLToPath(new URL('../../../content', import.meta.url))
const fixture = fileURLToPath(new URL('./fixtures/course', import.meta.url))
const countDown = '01-basics/01-counting/exercises/count-down'

/** A copy of the fixture course, changed by `edit`, for one test. */
function courseWith(edit: (exerciseDir: string, root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'looplab-exercises-'))
  cpSync(fixture, root, { recursive: true })
  edit(path.join(root, countDown), root)
  return root
}

async function issues(root: string, id = 'count-down'): Promise<string[]> {
  try {
    await loadExercise(root, id)
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    return error.issues.map((i) => `${path.relative(root, i.file)}|${i.field ?? ''}|${i.message}`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  return []
}

describe('the course', () => {
  it('has its exercises, ids unique, every one loading with its checks and wrong answers', async () => {
    const entries = await listExercises(course)
    expect(entries.length).toBeGreaterThanOrEqual(40)
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    for (const entry of entries) {
      const exercise = await loadExercise(course, entry.id)
      expect(exercise.checks).toContain('looplab_checks')
      if (exercise.probes !== null) expect(exercise.probes).toContain('looplab_probes')
      expect(exercise.hints.length).toBeGreaterThan(0)
      expect(exercise.wrong.length).toBeGreaterThan(0)
      for (const wrong of exercise.wrong) expect(wrong.code.length).toBeGreaterThan(0)
    }
  })
})

describe('loadExercise', () => {
  it('reads a whole folder', async () => {
    const exercise = await loadExercise(fixture, 'count-down')
    expect(exercise).toMatchObject({
      id: 'count-down',
      title: 'Count down',
      lessonId: '01-basics/01-counting',
      hints: ['Wait with asyncio.sleep between the numbers.'],
    })
    expect(exercise.wrong.map((w) => w.file)).toEqual(['wrong/blocking.py'])
    expect(exercise.solution).toContain('async def countdown')
    expect(exercise.probes).toContain('@scenario("countdown-from-2")')
  })

  it('reads no probes when there is no probes.py, and refuses an empty one', async () => {
    const without = courseWith((dir) => rmSync(path.join(dir, 'probes.py')))
    try {
      expect((await loadExercise(without, 'count-down')).probes).toBeNull()
    } finally {
      rmSync(without, { recursive: true, force: true })
    }
    const empty = courseWith((dir) => writeFileSync(path.join(dir, 'probes.py'), '\n'))
    expect(await issues(empty)).toEqual([
      `${countDown}/probes.py||empty: probes.py declares no scenario (delete it if none is needed)`,
    ])
  })

  it('names an unknown id and suggests the closest', async () => {
    const error = await loadExercise(fixture, 'count-dwon').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnknownExerciseError)
    expect((error as UnknownExerciseError).suggestions).toEqual(['count-down'])
    expect((error as Error).message).toBe(
      "unknown exercise 'count-dwon' (did you mean count-down?)",
    )
  })

  it('reports a missing or empty file', async () => {
    const root = courseWith((dir) => {
      rmSync(path.join(dir, 'checks.py'))
      writeFileSync(path.join(dir, 'prompt.md'), '  \n')
    })
    expect(await issues(root)).toEqual([
      `${countDown}/prompt.md||empty: prompt.md (the task) has no content`,
      `${countDown}/checks.py||missing: every exercise needs checks.py (the checks that grade it)`,
    ])
  })

  it('reports an unknown field and a field of the wrong shape in exercise.json', async () => {
    const root = courseWith((dir) =>
      writeFileSync(
        path.join(dir, 'exercise.json'),
        JSON.stringify({ title: 'T', hints: [], wrong: [], tags: ['x'] }),
      ),
    )
    const found = await issues(root)
    expect(found).toContainEqual(`${countDown}/exercise.json|hints|give at least one hint`)
    expect(found).toContainEqual(
      `${countDown}/exercise.json|tags|unknown field (allowed: title, hints, wrong)`,
    )
  })

  it('reports a listed wrong answer that is missing and one on disk that is not listed', async () => {
    const root = courseWith((dir) => {
      const meta = {
        title: 'T',
        hints: ['h'],
        wrong: [{ file: 'wrong/gone.py', why: 'w', message: 'm' }],
      }
      writeFileSync(path.join(dir, 'exercise.json'), JSON.stringify(meta))
    })
    expect(await issues(root)).toEqual([
      `${countDown}/exercise.json|wrong[0].file|wrong/gone.py is missing`,
      `${countDown}/wrong/blocking.py||not listed in exercise.json "wrong": every wrong answer needs its message`,
    ])
  })

  it('rejects an id used by two folders', async () => {
    const root = courseWith((dir, top) =>
      cpSync(
        dir,
        path.join(top, '01-basics/01-counting/exercises/../../02-again/exercises/count-down'),
        {
          recursive: true,
        },
      ),
    )
    const found = await issues(root)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/exercise id "count-down" is also used by/)
  })
})
