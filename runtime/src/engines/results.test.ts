import { describe, expect, it } from 'vitest'
import type { RunResult } from '../types'
import { asWallTimeLimit, parseHarnessResult } from './results'

const interrupted: RunResult = {
  status: 'interrupted',
  exitCode: 130,
  stdout: 'spinning\n',
  stderr: 'KeyboardInterrupt\nLoopLab: the run was interrupted before it finished.\n',
  events: [
    { t: 0, stream: 'stdout', text: 'spinning\n' },
    {
      t: 0,
      stream: 'stderr',
      text: 'KeyboardInterrupt\nLoopLab: the run was interrupted before it finished.\n',
    },
  ],
  virtualSeconds: 0,
  wallMs: 300,
  timeline: [],
  diagnostics: [],
  python: '3.14.2 (pyodide)',
}

describe('asWallTimeLimit', () => {
  it('rewords the interrupt note in stderr and in the last event, keeping the output', () => {
    const result = asWallTimeLimit(interrupted, 5000)
    expect(result.status).toBe('time-limit')
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('spinning\n')
    expect(result.stderr).toMatch(
      /^KeyboardInterrupt\nLoopLab: time limit\. The program ran for 5 s of real time/,
    )
    expect(result.events.at(-1)?.text).toBe(result.stderr)
  })

  it('leaves any other status alone', () => {
    const ok = { ...interrupted, status: 'ok' as const }
    expect(asWallTimeLimit(ok, 5000)).toBe(ok)
  })
})

describe('parseHarnessResult', () => {
  it('accepts a valid result', () => {
    expect(parseHarnessResult(JSON.stringify(interrupted), 'x')).toEqual(interrupted)
  })

  it('turns invalid JSON and wrong shapes into a plain-words failure', () => {
    expect(parseHarnessResult('{', '3.14.2 (pyodide)').stderr).toMatch(/invalid JSON/)
    const extra = parseHarnessResult(JSON.stringify({ ...interrupted, surprise: 1 }), 'x')
    expect(extra.status).toBe('error')
    expect(extra.stderr).toMatch(/malformed result/)
  })
})
