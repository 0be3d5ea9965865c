import { describe, expect, it } from 'vitest'
import { GradeResultSchema, type RunResult } from '../types'
import { gradeFromFailedRun, parseHarnessGrade, prepareGrade } from './grade-request'
import { engineFailure } from './results'

const run: RunResult = {
  status: 'ok',
  exitCode: 0,
  stdout: 'hi\n',
  stderr: '',
  events: [{ t: 0, stream: 'stdout', text: 'hi\n' }],
  virtualSeconds: 0,
  wallMs: 1,
  timeline: [],
  diagnostics: [],
  python: '3.14.2 (pyodide)',
}
const passed = { version: 3, status: 'pass', message: null, tests: [{ name: 't', status: 'pass' }] }
const noStop = { timedOut: false, wallMs: 10_000 }

describe('prepareGrade', () => {
  it('is a run request with the checks under `grade` and a 10 s default wall limit', () => {
    const prepared = prepareGrade({ 'main.py': 'print(1)' }, 'from looplab_checks import expect')
    expect(prepared.wallMs).toBe(10_000)
    expect(prepared.request).toMatchObject({
      entry: 'main.py',
      grade: { checks: 'from looplab_checks import expect' },
    })
  })

  it('refuses empty checks and realtime', () => {
    expect(() => prepareGrade({ 'main.py': '' }, ' ')).toThrow(/non-empty/)
    expect(() => prepareGrade({ 'main.py': '' }, 'x', { realtime: true })).toThrow(/virtual time/)
  })
})

describe('parseHarnessGrade', () => {
  it('passes a well-formed answer through', () => {
    const json = JSON.stringify({ run, grade: passed, interrupted: false })
    expect(parseHarnessGrade(json, 'py', noStop)).toEqual({ run, grade: passed })
  })

  it('turns malformed answers into error grades that validate', () => {
    for (const json of ['not json', JSON.stringify({ run, grade: { version: 2 } })]) {
      const { grade } = parseHarnessGrade(json, 'py', noStop)
      expect(GradeResultSchema.parse(grade).status).toBe('error')
      expect(grade.message).toMatch(
        /^Your code could not be graded: the Python runtime failed: the harness answered with/,
      )
    }
  })

  it('says why grading stopped: the wall-clock limit in the program or in a probe, or a stop', () => {
    const stopped = (status: RunResult['status']) =>
      JSON.stringify({
        run: { ...run, status },
        grade: { ...passed, status: 'error', message: 'x' },
        interrupted: true,
      })
    const inProgram = parseHarnessGrade(stopped('interrupted'), 'py', {
      timedOut: true,
      wallMs: 2000,
    })
    expect(inProgram.grade.message).toMatch(/^Your program ran for 2 s of real time/)
    expect(inProgram.run.status).toBe('time-limit')
    const inProbe = parseHarnessGrade(stopped('ok'), 'py', { timedOut: true, wallMs: 2000 })
    expect(inProbe.grade.message).toMatch(/^A function of yours that the checks called ran for 2 s/)
    const byUser = parseHarnessGrade(stopped('interrupted'), 'py', noStop)
    expect(byUser.grade.message).toBe('Grading was interrupted before it finished.')
  })
})

describe('gradeFromFailedRun', () => {
  it('is an error grade in plain words, keeping the run', () => {
    const failure = engineFailure('the worker crashed', 'py')
    expect(gradeFromFailedRun(failure)).toEqual({
      run: failure,
      grade: {
        version: 3,
        status: 'error',
        message: 'Your code could not be graded: the Python runtime failed: the worker crashed.',
        tests: [],
      },
    })
  })
})
