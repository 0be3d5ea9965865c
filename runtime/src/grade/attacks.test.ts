/**
 * The three in-one-run forgeries of the security report (runtime/python/tests/attacks/), each a
 * learner's submission to the first exercise, graded as learners are: observed by one Pyodide
 * interpreter, judged by another. Each passed when the checks ran beside the program; none does
 * now. Pyodide runs Python 3.14, so the sys.monitoring attack is live here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gradeSubmission } from './grade-submission'
import { startGradingEngines, type GradingEngines } from './grading-engines'
import { loadExercise } from './load-exercise'
import type { ExerciseDefinition } from './types'

const content = fileURLToPath(new URL('../../../content', import.meta.url))
const attacks = fileURLToPath(new URL('../../python/tests/attacks', import.meta.url))
const files = readdirSync(attacks).filter((name) => name.endsWith('.py'))
let exercise: ExerciseDefinition
let engines: GradingEngines

beforeAll(async () => {
  exercise = await loadExercise(content, 'download-all-at-once')
  engines = await startGradingEngines('pyodide-node')
})
afterAll(() => engines?.dispose())

describe('the security report’s forgeries, on Pyodide', () => {
  it('are the three of them', () => {
    expect(files.sort()).toEqual([
      'flip-the-tests.py',
      'replace-the-evaluation.py',
      'rewrite-the-record.py',
    ])
  })

  it.each(files)('%s does not pass', async (file) => {
    const code = readFileSync(path.join(attacks, file), 'utf8')
    const grade = await gradeSubmission(engines.runners[0]!, engines.judge, exercise, code)
    expect(grade.status).not.toBe('pass')
  })

  it('a program that prints the expected lines on time fails on the timeline', async () => {
    const cheat = exercise.wrong.find((wrong) => wrong.file === 'wrong/prints-the-answer.py')!
    const grade = await gradeSubmission(engines.runners[0]!, engines.judge, exercise, cheat.code)
    expect(grade.status).toBe('fail')
    expect(grade.tests.find((test) => test.status === 'fail')?.name).toBe(
      'Three download() tasks run at once',
    )
  })
})
