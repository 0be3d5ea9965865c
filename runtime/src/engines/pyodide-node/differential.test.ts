/**
 * The differential suite: every program in runtime/test-programs/differential gives, through
 * pyodide-node under virtual time, the stdout and exit code of `python3 prog.py` in real time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RunResultSchema } from '../../types'
import { oracle, oracles, programsIn, type OracleResult } from '../../testing/test-programs'
import type { PyodideWorkerEngine } from '../pyodide/worker-engine'
import { createPyodideNodeEngine } from './engine'

const programs = programsIn('differential')
let engine: PyodideWorkerEngine
let expected: Map<string, OracleResult>

beforeAll(async () => {
  ;[engine, expected] = await Promise.all([createPyodideNodeEngine(), oracles(programs)])
})
afterAll(() => engine?.dispose())

describe('pyodide-node matches real python3', () => {
  it('has a suite of at least 40 programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(40)
  })

  it.each(programs.map((program) => [program.name, program] as const))('%s', async (_, program) => {
    const result = RunResultSchema.parse(await engine.run({ 'main.py': program.source }))
    let want = expected.get(program.name)
    if (result.stdout !== want?.stdout || result.exitCode !== want?.exitCode) {
      want = await oracle(program.source, { fresh: true }) // real time is noisy: ask again
    }
    expect({ stdout: result.stdout, exitCode: result.exitCode }).toEqual(want)
    expect(result.status).toBe(want.exitCode === 0 ? 'ok' : 'error')
    expect(result.python).toMatch(/^3\.14\.\d+ \(pyodide\)$/)
  })
})
