/**
 * gradeSubmission through the real engines: Pyodide (what learners run) and CPython grade alike,
 * every GradeResult validates, and stops (wall-clock limit, interrupt) become error grades.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEngine } from '../create-engine'
import type { Engine } from '../engine'
import { GradeResultSchema, type GradeResult } from '../types'
import { gradeSubmission, gradeSubmissionRun, SubmissionError } from './grade-submission'
import { loadExercise } from './load-exercise'
import type { ExerciseDefinition } from './types'
import { fileURLToPath } from 'node:url'

const content = fileURLToPath(new URL('./fixtures/course', import.meta.url))
const spin = 'def spin():\n    while True:\n        pass\n\nspin()\n'
let exercise: ExerciseDefinition
const engines: Record<'pyodide-node' | 'cpython', Engine> = {} as never

beforeAll(async () => {
  exercise = await loadExercise(content, 'count-down')
  engines['pyodide-node'] = await createEngine('pyodide-node')
  engines.cpython = await createEngine('cpython')
})

afterAll(async () => {
  await Promise.all(Object.values(engines).map((engine) => engine.dispose()))
})

function firstFailure(result: GradeResult) {
  return result.tests.find((test) => test.status !== 'pass')?.message
}

describe.each(['pyodide-node', 'cpython'] as const)('gradeSubmission on %s', (name) => {
  it('passes the solution, fails the starter and a wrong answer with its message', async () => {
    const engine = engines[name]
    const passed = GradeResultSchema.parse(
      await gradeSubmission(engine, exercise, exercise.solution),
    )
    expect(passed.status).toBe('pass')
    expect(passed.tests).toHaveLength(5)
    const starter = await gradeSubmission(engine, exercise, exercise.starter)
    expect(starter.status).toBe('fail')
    const [wrong] = exercise.wrong
    const graded = GradeResultSchema.parse(await gradeSubmission(engine, exercise, wrong!.code))
    expect(firstFailure(graded)).toBe(wrong!.message)
  })

  it('grades from plain data { id, checks } and returns the run it judged', async () => {
    const { grade, run } = await gradeSubmissionRun(
      engines[name],
      { id: 'count-down', checks: exercise.checks },
      exercise.solution,
    )
    expect(grade.status).toBe('pass')
    expect(run.stdout).toBe('3\n2\n1\nliftoff\n')
    expect(run.virtualSeconds).toBeGreaterThanOrEqual(3)
  })

  it('makes a busy loop past the wall-clock limit an error grade', async () => {
    const started = performance.now()
    const result = await gradeSubmission(engines[name], exercise, spin, { limits: { wallMs: 800 } })
    expect(GradeResultSchema.parse(result)).toMatchObject({ status: 'error', tests: [] })
    expect(result.message).toBe(
      'Your program ran for 0.8 s of real time without finishing, so grading stopped. A loop that never awaits or sleeps keeps the CPU busy for ever.',
    )
    expect(performance.now() - started).toBeLessThan(8000)
  })

  it('makes an interrupt an error grade, and the engine grades again afterwards', async () => {
    const grading = gradeSubmission(engines[name], exercise, spin)
    setTimeout(() => engines[name].interrupt(), 500)
    const result = await grading
    expect(result).toMatchObject({
      status: 'error',
      message: 'Grading was interrupted before it finished.',
    })
    expect((await gradeSubmission(engines[name], exercise, exercise.solution)).status).toBe('pass')
  })
})

describe('gradeSubmission input', () => {
  it('refuses a submission over 256 KiB and an exercise without checks', async () => {
    const engine = engines['pyodide-node']
    const huge = `# ${'x'.repeat(256 * 1024)}\n`
    await expect(gradeSubmission(engine, exercise, huge)).rejects.toBeInstanceOf(SubmissionError)
    await expect(
      gradeSubmission(engine, { id: 'count-down', checks: '' }, 'print(1)'),
    ).rejects.toThrow(/checks\.py is empty/)
  })
})
