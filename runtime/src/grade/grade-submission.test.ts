/**
 * gradeSubmission through the real engines: a runner observes, a separate judge grades. Pyodide
 * (what learners run) and CPython grade alike, every GradeResult validates, and stops (wall-clock
 * limit, interrupt) become error grades.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GradeResultSchema, type GradeResult } from '../types'
import { gradeSubmission, gradeSubmissionRun, SubmissionError } from './grade-submission'
import { startGradingEngines, type GradingEngines } from './grading-engines'
import { loadExercise } from './load-exercise'
import type { ExerciseDefinition } from './types'
import { fileURLToPath } from 'node:url'

const content = fileURLToPath(new URL('./fixtures/course', import.meta.url))
const spin = 'def spin():\n    while True:\n        pass\n\nspin()\n'
/** Loads and counts down from 3; the checks' own input (2) makes countdown() spin for ever. */
const spinsInAProbe =
  'import asyncio\n\nasync def countdown(n):\n    while n == 2:\n        pass\n' +
  '    for i in range(n, 0, -1):\n        print(i)\n        await asyncio.sleep(1)\n' +
  '    print("liftoff")\n\nasyncio.run(countdown(3))\n'
let exercise: ExerciseDefinition
const engines: Record<'pyodide-node' | 'cpython', GradingEngines> = {} as never

beforeAll(async () => {
  exercise = await loadExercise(content, 'count-down')
  engines['pyodide-node'] = await startGradingEngines('pyodide-node')
  engines.cpython = await startGradingEngines('cpython')
})

afterAll(async () => {
  await Promise.all(Object.values(engines).map((pair) => pair.dispose()))
})

const grade = (name: 'pyodide-node' | 'cpython', code: string, options = {}) =>
  gradeSubmission(engines[name].runners[0]!, engines[name].judge, exercise, code, options)

function firstFailure(result: GradeResult) {
  return result.tests.find((test) => test.status !== 'pass')?.message
}

describe.each(['pyodide-node', 'cpython'] as const)('gradeSubmission on %s', (name) => {
  it('passes the solution, fails the starter and a wrong answer with its message', async () => {
    const passed = GradeResultSchema.parse(await grade(name, exercise.solution))
    expect(passed.status).toBe('pass')
    expect(passed.tests).toHaveLength(5)
    const starter = await grade(name, exercise.starter)
    expect(starter.status).toBe('fail')
    const [wrong] = exercise.wrong
    const graded = GradeResultSchema.parse(await grade(name, wrong!.code))
    expect(firstFailure(graded)).toBe(wrong!.message)
  })

  it('grades from plain data { id, checks, probes } and returns the run it judged', async () => {
    const { grade, run } = await gradeSubmissionRun(
      engines[name].runners[0]!,
      engines[name].judge,
      { id: 'count-down', checks: exercise.checks, probes: exercise.probes },
      exercise.solution,
    )
    expect(grade.status).toBe('pass')
    expect(run.stdout).toBe('3\n2\n1\nliftoff\n')
    expect(run.virtualSeconds).toBeGreaterThanOrEqual(3)
  })

  it('makes a busy loop past the wall-clock limit an error grade', async () => {
    const started = performance.now()
    const result = await grade(name, spin, { limits: { wallMs: 800 } })
    expect(GradeResultSchema.parse(result)).toMatchObject({ status: 'error', tests: [] })
    expect(result.message).toBe(
      'Your program ran for 0.8 s of real time without finishing, so grading stopped. A loop that never awaits or sleeps keeps the CPU busy for ever.',
    )
    expect(performance.now() - started).toBeLessThan(8000)
  })

  it('makes a probe past the wall-clock limit an error grade, keeping the checks that ran', async () => {
    const result = await grade(name, spinsInAProbe, { limits: { wallMs: 1500 } })
    expect(GradeResultSchema.parse(result)).toMatchObject({ status: 'error' })
    expect(result.message).toBe(
      'A function of yours that the checks called ran for 1.5 s of real time without finishing, so grading stopped. A loop that never awaits or sleeps keeps the CPU busy for ever.',
    )
    expect(result.tests.map((test) => test.status)).toEqual(['pass', 'pass', 'pass', 'pass'])
  })

  it('makes an interrupt an error grade, and the engine grades again afterwards', async () => {
    let settled = false
    const grading = grade(name, spin).finally(() => (settled = true))
    // Again and again until it lands: an interrupt while the runner is still starting (a loaded
    // machine) is a no-op, and the spin would then end by the wall-clock limit instead.
    const interrupting = setInterval(() => {
      if (!settled) engines[name].runners[0]!.interrupt()
    }, 300)
    const result = await grading
    clearInterval(interrupting)
    expect(result).toMatchObject({
      status: 'error',
      message: 'Grading was interrupted before it finished.',
    })
    expect((await grade(name, exercise.solution)).status).toBe('pass')
  })
})

describe('gradeSubmission input', () => {
  it('refuses a submission over 256 KiB and an exercise without checks', async () => {
    const { runners, judge } = engines['pyodide-node']
    const huge = `# ${'x'.repeat(256 * 1024)}\n`
    await expect(gradeSubmission(runners[0]!, judge, exercise, huge)).rejects.toBeInstanceOf(
      SubmissionError,
    )
    await expect(
      gradeSubmission(runners[0]!, judge, { id: 'count-down', checks: '', probes: null }, 'x'),
    ).rejects.toThrow(/checks\.py is empty/)
  })
})
