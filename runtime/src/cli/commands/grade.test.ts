/**
 * `looplab grade` golden tests: the real command in a child process, on a fixture exercise
 * (runtime/src/grade/fixtures/course, "count-down"), one submission per behaviour
 * (fixtures/grade/submissions) against its expected output (fixtures/grade/expected).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runtimePackageRoot } from '../../node/package-root'
import { GradeResultSchema } from '../../types'

const bin = join(runtimePackageRoot(), 'bin', 'looplab.mjs')
const content = fileURLToPath(new URL('../../grade/fixtures/course', import.meta.url))
const fixtures = fileURLToPath(new URL('./fixtures/grade', import.meta.url))
const submission = (name: string) => join(fixtures, 'submissions', `${name}.py`)
const expected = (name: string) => readFileSync(join(fixtures, 'expected', name), 'utf8')

function looplab(...args: string[]) {
  const done = spawnSync(process.execPath, [bin, 'grade', ...args, '--content', content], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: done.status, stdout: done.stdout, stderr: done.stderr }
}

describe('looplab grade EXERCISE FILE', () => {
  it.each([
    ['pass', []],
    ['fail', []],
    ['syntax-error', []],
    ['deadlock', []],
    ['busy-loop', ['--time-limit', '1']],
    ['probe-spins', ['--time-limit', '1']],
  ])('prints the grade of %s.py as the golden file says, and exits 0', (name, extra) => {
    const done = looplab('count-down', submission(name), ...extra)
    expect(done.stderr).toBe('')
    expect(done.stdout).toBe(expected(`${name}.txt`))
    expect(done.code).toBe(0)
  })

  it('prints a GradeResult that validates with --json, on either engine', () => {
    for (const engine of ['pyodide', 'cpython']) {
      const done = looplab('count-down', submission('fail'), '--json', '--engine', engine)
      expect(done.code).toBe(0)
      const result = GradeResultSchema.parse(JSON.parse(done.stdout))
      expect(result.status).toBe('fail')
      expect(result.tests.find((test) => test.status === 'fail')?.message).toBe(
        'Your program took 1.5 s of event-loop time, but it should take 3.0 s.',
      )
    }
  })

  it('treats an unknown exercise (listing close matches) and a missing file as bad usage', () => {
    const unknown = looplab('count-dwn', submission('pass'))
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown exercise 'count-dwn' \(did you mean count-down\?\)/)
    const missing = looplab('count-down', join(fixtures, 'no-such-file.py'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/can't open .*no-such-file\.py/)
    expect(looplab('count-down').code).toBe(2)
  })
})

describe('looplab grade EXERCISE DIR', () => {
  it('grades every .py in the folder and writes summary.json and summary.csv', () => {
    const folder = mkdtempSync(join(tmpdir(), 'looplab-batch-'))
    for (const name of ['pass', 'fail', 'syntax-error', 'deadlock']) {
      cpSync(submission(name), join(folder, `${name}.py`))
    }
    const done = looplab('count-down', folder, '--jobs', '2')
    expect(done.code).toBe(0)
    expect(done.stderr).toBe('') // not a terminal: no progress bar
    expect(done.stdout).toMatch(
      /^4 submissions to count-down graded in \d+\.\d s \([\d.]+ grades\/s on 2 engines, started in \d+\.\d s\): 1 pass, 2 fail, 1 error\nsummary: .*summary\.json, .*summary\.csv\n$/,
    )
    expect(readFileSync(join(folder, 'summary.csv'), 'utf8')).toBe(expected('summary.csv'))
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) as {
      counts: Record<string, number>
      submissions: { file: string; grade: unknown }[]
    }
    expect(summary.counts).toEqual({ pass: 1, fail: 2, error: 1 })
    for (const row of summary.submissions) GradeResultSchema.parse(row.grade)
    expect(readdirSync(folder).sort()).toEqual([
      'deadlock.py',
      'fail.py',
      'pass.py',
      'summary.csv',
      'summary.json',
      'syntax-error.py',
    ])
  })
})
