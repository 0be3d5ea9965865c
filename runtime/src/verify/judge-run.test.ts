import { describe, expect, it } from 'vitest'
import type { LessonExample } from '../content/types'
import type { RunResult } from '../types'
import { judgeExampleRun, judgeSolutionRun } from './judge-run'

function run(overrides: Partial<RunResult>): RunResult {
  return {
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
    ...overrides,
  }
}

function example(
  overrides: Partial<LessonExample['expected']> = {},
  extra: Partial<LessonExample> = {},
) {
  const value: LessonExample = {
    name: 'demo',
    anchor: 'example-demo',
    code: 'print(1)',
    expected: { stdout: 'Hello\nWorld', status: 'ok', exitCode: 0, error: null, ...overrides },
    varies: null,
    versionNote: null,
    line: 10,
    ...extra,
  }
  return value
}

describe('judgeExampleRun', () => {
  it('passes when stdout matches (trailing newline aside) and the run ends as declared', () => {
    const outcome = judgeExampleRun(example(), run({ stdout: 'Hello\nWorld\n' }))
    expect(outcome.problems).toEqual([])
    expect(outcome.stderrTail).toBeUndefined()
  })

  it('reports a stdout difference as a comparison with hunks', () => {
    const { problems } = judgeExampleRun(example(), run({ stdout: 'Hello\nworld\n' }))
    expect(problems).toHaveLength(1)
    const [problem] = problems
    expect(problem?.kind).toBe('stdout')
    if (problem?.kind === 'stdout') expect(problem.comparison.hunks).toHaveLength(1)
  })

  it('reports status and exit code together, with the end of stderr', () => {
    const stderr = 'Traceback (most recent call last):\n  File "main.py"\nKeyError: 1\n'
    const outcome = judgeExampleRun(
      example(),
      run({ status: 'error', exitCode: 1, stdout: 'Hello\nWorld\n', stderr }),
    )
    expect(outcome.problems).toEqual([
      { kind: 'status', expected: 'ok', actual: 'error' },
      { kind: 'exit-code', expected: 0, actual: 1 },
    ])
    expect(outcome.stderrTail).toBe(stderr.trimEnd())
  })

  it('checks a declared error against the exception the traceback ends with', () => {
    const declared = example({
      status: 'error',
      exitCode: 1,
      error: 'ValueError: boom',
      stdout: '',
    })
    const traceback = (line: string) =>
      run({ status: 'error', exitCode: 1, stderr: `Traceback (most recent call last):\n${line}\n` })
    expect(judgeExampleRun(declared, traceback('ValueError: boom')).problems).toEqual([])
    expect(judgeExampleRun(declared, traceback('ValueError: bang')).problems).toEqual([
      { kind: 'error', expected: 'ValueError: boom', actual: 'ValueError: bang' },
    ])
  })

  it('skips the exit code when the author declared only a status', () => {
    const stuck = example({ status: 'deadlock', exitCode: null, stdout: '' })
    expect(judgeExampleRun(stuck, run({ status: 'deadlock', exitCode: 1 })).problems).toEqual([])
  })

  it('checks only how the run ends when stdout varies', () => {
    const varies = example({}, { varies: 'prints an address' })
    expect(judgeExampleRun(varies, run({ stdout: '<object at 0x1>' })).problems).toEqual([])
    expect(judgeExampleRun(varies, run({ status: 'error', exitCode: 1 })).problems).toHaveLength(2)
  })
})

describe('judgeSolutionRun', () => {
  it('passes a clean run and fails anything else', () => {
    expect(judgeSolutionRun(run({ stdout: 'anything' })).problems).toEqual([])
    expect(judgeSolutionRun(run({ status: 'deadlock', exitCode: 1 })).problems).toEqual([
      { kind: 'status', expected: 'ok', actual: 'deadlock' },
      { kind: 'exit-code', expected: 0, actual: 1 },
    ])
  })
})
