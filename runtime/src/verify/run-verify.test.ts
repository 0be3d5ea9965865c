/**
 * verify end to end on a fixture course, with the real engines: one behaviour per example (see
 * fixtures/course/01-basics/01-first-run/index.mdx), reported where an author would fix it.
 */
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatVerifyReport } from './report'
import { runVerify } from './run-verify'
import type { CheckResult, VerifyReport } from './types'

const contentDir = fileURLToPath(new URL('./fixtures/course', import.meta.url))
let report: VerifyReport

beforeAll(async () => {
  report = await runVerify({ contentDir, parallelism: 2 })
})

function check(id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id)
  if (!found) throw new Error(`no check ${id} (have: ${report.checks.map((c) => c.id).join(', ')})`)
  return found
}

const example = (name: string, engine: 'pyodide' | 'cpython') =>
  check(`basics/first-run#${name}@${engine}`)

describe('runVerify on the fixture course', () => {
  it('passes a correct example on both engines, proving it on CPython 3.11 too', () => {
    expect(example('hello', 'pyodide')).toMatchObject({ passed: true, python: '3.14.2 (pyodide)' })
    expect(example('hello', 'cpython')).toMatchObject({ passed: true })
    expect(example('hello', 'cpython').python).toMatch(/^3\.\d+\.\d+ \(cpython\)$/)
  })

  it('fails a wrong output with a diff, naming the lesson file, line and example', () => {
    const failed = example('wrong-output', 'pyodide')
    expect(failed.passed).toBe(false)
    expect(failed.file).toMatch(/01-first-run\/index\.mdx$/)
    expect(failed.line).toBe(95)
    const [problem] = failed.problems
    expect(problem?.kind).toBe('stdout')
    if (problem?.kind !== 'stdout') return
    expect(problem.comparison.hunks[0]?.lines.map((l) => `${l.kind}:${l.text}`)).toEqual([
      'same:one',
      'missing:2',
      'extra:two',
      'same:three',
    ])
  })

  it('fails a run that ends differently than the lesson says, with the end of stderr', () => {
    const failed = example('unexpected-error', 'cpython')
    expect(failed.problems).toEqual([
      { kind: 'status', expected: 'ok', actual: 'error' },
      { kind: 'exit-code', expected: 0, actual: 1 },
    ])
    expect(failed.stderrTail).toMatch(/KeyError: 'missing'$/)
  })

  it('checks a declared error: the right one passes, a different one fails', () => {
    expect(example('declared-error', 'pyodide').passed).toBe(true)
    expect(example('declared-error', 'cpython').passed).toBe(true)
    expect(example('wrong-error', 'pyodide').problems).toEqual([
      { kind: 'error', expected: 'ValueError: boom', actual: "KeyError: 'boom'" },
    ])
  })

  it('checks only the status of an example whose output varies', () => {
    expect(example('prints-an-address', 'pyodide').passed).toBe(true)
    expect(example('prints-an-address', 'cpython').passed).toBe(true)
  })

  it('runs an example with a versionNote on Pyodide only', () => {
    // It prints True only on 3.14: on CPython 3.11 it would fail, so passing proves it was skipped.
    expect(example('only-on-pyodide', 'pyodide').passed).toBe(true)
    expect(report.checks.some((c) => c.id === 'basics/first-run#only-on-pyodide@cpython')).toBe(
      false,
    )
  })

  it('expects a declared status such as deadlock', () => {
    expect(example('stuck', 'pyodide').passed).toBe(true)
    expect(example('stuck', 'cpython').passed).toBe(true)
  })

  it('runs each exercise solution, which must end cleanly', () => {
    expect(check('exercise:say-hello:solution').passed).toBe(true)
    const broken = check('exercise:broken-solution:solution')
    expect(broken.passed).toBe(false)
    expect(broken.stderrTail).toMatch(/NameError: name 'undefined_name' is not defined$/)
  })

  it('grades each exercise: solution passes, starter fails, each wrong answer gets its message', () => {
    expect(check('exercise:say-hello:grade-solution')).toMatchObject({ passed: true })
    expect(check('exercise:say-hello:grade-starter').passed).toBe(true)
    expect(check('exercise:say-hello:wrong:says-hi')).toMatchObject({
      passed: true,
      file: expect.stringMatching(/say-hello\/wrong\/says-hi\.py$/),
    })
    const broken = check('exercise:broken-solution:grade-solution')
    expect(broken.passed).toBe(false)
    expect(broken.problems[0]).toMatchObject({ kind: 'status', expected: 'pass' })
    expect(check('exercise:broken-solution:grade-starter').passed).toBe(true)
  })

  it('checks coverage of the whole course', () => {
    for (const id of ['coverage:sources', 'coverage:sections', 'coverage:readme']) {
      expect(check(id).passed).toBe(true)
    }
  })

  it('counts every check and ends the text report with the counts', () => {
    expect(report.checks).toHaveLength(27)
    expect([report.passed, report.failed]).toEqual([19, 8])
    expect(report.timings.runs).toEqual({ 'pyodide-node': 16, cpython: 8 })
    const text = formatVerifyReport(report)
    expect(text.endsWith('\n19 passed, 8 failed\n')).toBe(true)
    expect(text).toMatch(/\ntime: \d+\.\d s \(content/)
    expect(text).toContain(
      'FAIL runtime/src/verify/fixtures/course/01-basics/01-first-run/index.mdx:95  example "wrong-output" on pyodide, Python 3.14.2',
    )
    expect(text).toContain(' one\n     -2\n     +two\n      three\n')
    expect(text).toMatch(
      /^ok {3}runtime\/src\/verify\/fixtures\/course\/01-basics\/02-waiting +2 checks$/m,
    )
  })
})
