import type { RunResult } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import type { LessonExample } from '@looplab/runtime/content'
import { matchLesson } from './lesson-match'

function example(
  expected: Partial<LessonExample['expected']>,
  extra: Partial<LessonExample> = {},
): LessonExample {
  return {
    name: 'demo',
    anchor: 'example-demo',
    code: 'print("a")',
    expected: { stdout: 'a\nb', status: 'ok', exitCode: 0, error: null, ...expected },
    varies: null,
    versionNote: null,
    line: 1,
    ...extra,
  }
}

function run(stdout: string, extra: Partial<RunResult> = {}): RunResult {
  return {
    status: 'ok',
    exitCode: 0,
    stdout,
    stderr: '',
    events: [],
    virtualSeconds: 0,
    wallMs: 1,
    timeline: [],
    diagnostics: [],
    python: '3.14.2 (pyodide)',
    ...extra,
  }
}

const traceback = (error: string) =>
  `Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n${error}\n`

describe('matchLesson', () => {
  it('matches the same output, trailing whitespace aside', () => {
    expect(matchLesson(example({}), run('a  \nb\n\n'))).toEqual({ kind: 'matches', note: null })
  })

  it('gives a line diff when the output differs', () => {
    const match = matchLesson(example({}), run('a\nb\nextra\n'))
    expect(match.kind).toBe('differs')
    if (match.kind !== 'differs') return
    expect(match.reasons).toEqual([])
    expect(match.comparison?.hunks[0]?.lines.map((line) => line.kind)).toEqual([
      'same',
      'same',
      'extra',
    ])
  })

  it('matches an example that is meant to fail when it fails the same way', () => {
    const expected = example({
      stdout: 'a',
      status: 'error',
      exitCode: 1,
      error: 'ValueError: boom',
    })
    const result = run('a\n', {
      status: 'error',
      exitCode: 1,
      stderr: traceback('ValueError: boom'),
    })
    expect(matchLesson(expected, result)).toEqual({
      kind: 'matches',
      note: 'it ends with ValueError: boom, as the lesson shows',
    })
  })

  it('says so when a failing example fails differently, or not at all', () => {
    const expected = example({
      stdout: 'a',
      status: 'error',
      exitCode: 1,
      error: 'ValueError: boom',
    })
    const other = run('a\n', { status: 'error', exitCode: 1, stderr: traceback('KeyError: 1') })
    expect(matchLesson(expected, other)).toMatchObject({
      kind: 'differs',
      reasons: ['The lesson’s run ends with “ValueError: boom”; yours with “KeyError: 1”.'],
      comparison: null,
    })
    const fixed = matchLesson(expected, run('a\n'))
    expect(fixed.kind === 'differs' && fixed.reasons).toEqual([
      'The lesson’s run ends with an error; yours finishes normally.',
      'The lesson’s run exits with code 1; yours with 0.',
      'The lesson’s run ends with “ValueError: boom”; yours raises no error.',
    ])
  })

  it('matches a deadlock example that deadlocks', () => {
    const expected = example({ stdout: 'waiting', status: 'deadlock', exitCode: null })
    const result = run('waiting\n', { status: 'deadlock', exitCode: 1 })
    expect(matchLesson(expected, result)).toEqual({
      kind: 'matches',
      note: 'it ends in a deadlock, as the lesson shows',
    })
  })

  it('checks only how it ends when the output varies', () => {
    const expected = example({}, { varies: 'thread ids differ' })
    expect(matchLesson(expected, run('anything\n'))).toEqual({
      kind: 'matches',
      note: 'the output varies from run to run (thread ids differ)',
    })
  })

  it('does not compare a run the learner stopped', () => {
    expect(
      matchLesson(example({}), run('a\n', { status: 'interrupted', exitCode: 130 })).kind,
    ).toBe('not-compared')
  })

  it('does not compare when Python itself failed', () => {
    const note = 'LoopLab: the Python runtime failed: it could not start (boom).\n'
    const failed = run('', {
      status: 'error',
      exitCode: 1,
      stderr: note,
      stopped: { reason: 'engine-failure', note, detail: 'it could not start (boom)' },
    })
    expect(matchLesson(example({}), failed).kind).toBe('not-compared')
  })

  it('compares a program that only prints the runtime’s words', () => {
    const fake = 'LoopLab: the Python runtime failed: trust me.\n'
    const printed = run('', { status: 'error', exitCode: 1, stderr: fake })
    expect(matchLesson(example({}), printed).kind).toBe('differs')
  })
})
