import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main } from '../cli'
import type { CliIo } from '../io'

const contentDir = fileURLToPath(new URL('../../verify/fixtures/course', import.meta.url))

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readStdin: async () => '',
    onInterrupt: () => () => undefined,
  }
  const code = await main(argv, io)
  return { code, out: out.join(''), err: err.join('') }
}

describe('looplab verify', () => {
  it('verifies the lessons a PATH names and prints the report as JSON', async () => {
    const lesson = path.join(contentDir, '01-basics', '02-waiting')
    const { code, out } = await cli('verify', lesson, '--content', contentDir, '--json')
    expect(code).toBe(0)
    const report = JSON.parse(out) as { passed: number; failed: number; checks: { id: string }[] }
    expect([report.passed, report.failed]).toEqual([3, 0])
    expect(report.checks.map((c) => c.id)).toEqual([
      'basics/waiting#sleep-then-print@pyodide',
      'basics/waiting#sleep-then-print@cpython',
      'coverage:sources',
    ])
  })

  it('treats a PATH outside the course and a bad --jobs as bad usage (exit 2)', async () => {
    const elsewhere = fileURLToPath(import.meta.url)
    const outside = await cli('verify', '--content', contentDir, elsewhere)
    expect(outside.code).toBe(2)
    expect(outside.err).toMatch(/not a chapter, lesson or exercise of the course/)
    const jobs = await cli('verify', '--jobs', '0')
    expect(jobs.code).toBe(2)
    expect(jobs.err).toMatch(/--jobs needs a positive integer/)
  })

  it('reports a course that does not load as failures, not a crash', async () => {
    const broken = fileURLToPath(
      new URL('../../../fixtures/content/bad-frontmatter-missing-summary', import.meta.url),
    )
    const { code, out } = await cli('verify', '--content', broken)
    expect(code).toBe(1)
    expect(out).toMatch(/summary/)
    expect(out).toMatch(/\n0 passed, [1-9]\d* failed\n$/)
  })
})
