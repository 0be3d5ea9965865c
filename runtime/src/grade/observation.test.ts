/**
 * The Observation's schema: strict shapes, bounded sizes, and the Encoded scheme checked without
 * recursion (an attacker's nesting cannot exhaust the stack).
 */
import { describe, expect, it } from 'vitest'
import type { RunResult } from '../types'
import { encodedProblem, ObservationSchema, type Observation } from './observation'

const run: RunResult = {
  status: 'ok',
  exitCode: 0,
  stdout: 'hi\n',
  stderr: '',
  events: [{ t: 0, stream: 'stdout', text: 'hi\n', task: 1 }],
  virtualSeconds: 0.5,
  wallMs: 1,
  timeline: [
    { t: 0, task: 1, kind: 'created', name: 'Task-1', parent: null, coro: 'main', line: 3 },
  ],
  diagnostics: [],
  python: '3.14.2 (pyodide)',
}
const observation: Observation = {
  run,
  uncaught: null,
  leftPending: [],
  probes: [
    {
      name: 'briefing-ben',
      outcome: 'ran',
      loadStatus: null,
      missing: null,
      value: { $tuple: ['ben', { $float: '1.0' }, { $exception: exception('KeyError') }] },
      error: null,
      elapsed: 1,
      stopped: null,
      leftPending: [],
      run,
    },
  ],
  interrupted: false,
  probesError: null,
}

function exception(type: string) {
  return {
    type,
    names: [type, 'LookupError', 'Exception', 'BaseException', 'object'],
    message: "'k'",
  }
}

describe('ObservationSchema', () => {
  it('accepts an observation as the harness writes it', () => {
    expect(ObservationSchema.parse(observation)).toEqual(observation)
  })

  it('refuses extra or missing fields anywhere', () => {
    for (const bad of [
      { ...observation, verdict: 'pass' },
      { ...observation, probes: [{ ...observation.probes[0], passed: true }] },
      { ...observation, run: { ...run, grade: 'pass' } },
      { run, probes: [], interrupted: false },
    ]) {
      expect(ObservationSchema.safeParse(bad).success).toBe(false)
    }
  })

  it('bounds sizes: probes, events, values', () => {
    const many = { ...observation, probes: Array(65).fill(observation.probes[0]) }
    expect(ObservationSchema.safeParse(many).success).toBe(false)
    const value = Array.from({ length: 10_001 }, (_, index) => index)
    const big = { ...observation, probes: [{ ...observation.probes[0]!, value }] }
    expect(ObservationSchema.safeParse(big).success).toBe(false)
  })
})

describe('encodedProblem', () => {
  it('accepts every tag of the scheme', () => {
    const value = [
      null,
      true,
      3,
      0.5,
      'x',
      { $int: '123456789012345678901' },
      { $float: 'nan' },
      { $dict: { a: { $set: [1] } } },
      { $map: [[{ $tuple: [1] }, { $frozenset: [] }]] },
      { $repr: '<Thing>', $type: 'Thing' },
      { $exception: exception('KeyError') },
    ]
    expect(encodedProblem(value)).toBeNull()
  })

  it('names what is wrong, however deep', () => {
    expect(encodedProblem({ a: 1 })).toBe('an unknown tag a')
    expect(encodedProblem({ $tuple: 1 })).toBe('a bad `$tuple`')
    expect(encodedProblem({ $repr: 'x'.repeat(201), $type: 'T' })).toBe('a bad `$repr`')
    expect(encodedProblem('x'.repeat(64 * 1024 + 1))).toBe('a string over 64 KiB')
    let deep: unknown = 1
    for (let level = 0; level < 100_000; level++) deep = [deep]
    expect(encodedProblem(deep)).toBe('deeper than 20 levels')
  })
})
