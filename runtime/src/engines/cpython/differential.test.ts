/**
 * The cpython engine under virtual time gives what `python3 prog.py` gives in real time, for every
 * differential program; and its real-clock mode (the oracle's) really waits.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { RunResultSchema } from '../../types'
import { oracle, oracles, programsIn, type OracleResult } from '../../testing/test-programs'
import { createCpythonEngine, type CpythonEngine } from './engine'

const programs = programsIn('differential')
let engine: CpythonEngine
let expected: Map<string, OracleResult>

beforeAll(async () => {
  ;[engine, expected] = await Promise.all([createCpythonEngine(), oracles(programs)])
})

// One python3 process per run: several at once keep the suite short.
describe.concurrent('cpython engine (virtual time) matches real python3', () => {
  it.each(programs.map((program) => [program.name, program] as const))('%s', async (_, program) => {
    const result = RunResultSchema.parse(await engine.run({ 'main.py': program.source }))
    let want = expected.get(program.name)
    if (result.stdout !== want?.stdout || result.exitCode !== want?.exitCode) {
      want = await oracle(program.source, { fresh: true })
    }
    expect({ stdout: result.stdout, exitCode: result.exitCode }).toEqual(want)
    expect(result.python).toMatch(/^3\.\d+\.\d+ \(cpython\)$/)
  })
})

describe('cpython engine, real clock', () => {
  it('sleeps for real and reports real elapsed time', async () => {
    const source = 'import asyncio\nasyncio.run(asyncio.sleep(0.3))\nprint("done")\n'
    const result = await engine.run({ 'main.py': source }, { realtime: true })
    expect(result.stdout).toBe('done\n')
    expect(result.virtualSeconds).toBeGreaterThanOrEqual(0.3)
  })
})
