/**
 * The second half of grading, with a fake runner's observations and a fake judge: what reaches the
 * judge, and the learner's words when the runner failed, was stopped, or sent a malformed record.
 */
import { describe, expect, it } from 'vitest'
import type { Judge } from '../engine'
import { engineFailure } from '../engines/results'
import type { GradeResult, RunResult } from '../types'
import { judgeObserved } from './grade-submission'
import type { JudgeRequest, Observation } from './observation'
import type { Observed } from './observe-request'

const run: RunResult = {
  status: 'ok',
  exitCode: 0,
  stdout: '',
  stderr: '',
  events: [],
  virtualSeconds: 0,
  wallMs: 1,
  timeline: [],
  diagnostics: [],
  python: '3.14.2 (pyodide)',
}
const observation: Observation = {
  run,
  uncaught: null,
  leftPending: [],
  probes: [],
  interrupted: false,
  probesError: null,
}
const files = { 'main.py': 'print(1)\n' }
const passed: GradeResult = { version: 3, status: 'pass', message: null, tests: [] }

function fakeJudge(answer: GradeResult) {
  const requests: JudgeRequest[] = []
  const judge: Judge = {
    judge: async (request) => {
      requests.push(request)
      return answer
    },
    dispose: async () => undefined,
  }
  return { judge, requests }
}

const observed = (changes: Partial<Observation>, timedOut = false): Observed => ({
  kind: 'observed',
  observation: { ...observation, ...changes },
  timedOut,
  wallMs: 2000,
})

describe('judgeObserved', () => {
  it('hands the judge the checks, the observation and the files', async () => {
    const { judge, requests } = fakeJudge(passed)
    const graded = await judgeObserved(judge, 'checks', files, 'main.py', observed({}))
    expect(graded).toEqual({ grade: passed, run })
    expect(requests).toEqual([{ checks: 'checks', observation, files, entry: 'main.py' }])
  })

  it('answers without the judge when the runner failed or the program was stopped', async () => {
    const { judge, requests } = fakeJudge(passed)
    const failure = engineFailure('the worker crashed', 'py')
    const failed = await judgeObserved(judge, 'c', files, 'main.py', {
      kind: 'failed',
      run: failure,
      timedOut: false,
      wallMs: 2000,
    })
    expect(failed.grade.message).toBe(
      'Your code could not be graded: the Python runtime failed: the worker crashed.',
    )
    const interrupted = { ...run, status: 'interrupted' as const, exitCode: 130 }
    const stopped = await judgeObserved(
      judge,
      'c',
      files,
      'main.py',
      observed({ run: interrupted, interrupted: true }, true),
    )
    expect(stopped.grade.message).toBe(
      'Your program ran for 2 s of real time without finishing, so grading stopped. A loop that never awaits or sleeps keeps the CPU busy for ever.',
    )
    expect(stopped.run.status).toBe('time-limit')
    const byUser = await judgeObserved(
      judge,
      'c',
      files,
      'main.py',
      observed({ run: interrupted, interrupted: true }),
    )
    expect(byUser.grade.message).toBe('Grading was interrupted before it finished.')
    expect(requests).toEqual([])
  })

  it('says a probe was cut short when the judge stopped for it', async () => {
    const stoppedAtProbe: GradeResult = {
      version: 3,
      status: 'error',
      message:
        'Grading was stopped before every check had run: a function the checks called did not finish.',
      tests: [{ name: 'runs', status: 'pass' }],
    }
    const { judge } = fakeJudge(stoppedAtProbe)
    const graded = await judgeObserved(
      judge,
      'c',
      files,
      'main.py',
      observed({ interrupted: true }, true),
    )
    expect(graded.grade).toEqual({
      ...stoppedAtProbe,
      message:
        'A function of yours that the checks called ran for 2 s of real time without finishing, so grading stopped. A loop that never awaits or sleeps keeps the CPU busy for ever.',
    })
  })

  it('refuses a malformed observation before any judge sees it', async () => {
    const { judge, requests } = fakeJudge(passed)
    const forged = { ...observation, verdict: 'pass' } as unknown as Observation
    const graded = await judgeObserved(judge, 'c', files, 'main.py', {
      kind: 'observed',
      observation: forged,
      timedOut: false,
      wallMs: 2000,
    })
    expect(graded.grade.status).toBe('error')
    expect(graded.grade.message).toMatch(
      /^LoopLab could not grade this submission: the record of its run does not match its code \(/,
    )
    expect(requests).toEqual([])
  })
})
