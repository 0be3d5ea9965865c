/**
 * The differential suite: every program in runtime/test-programs/differential gives the stdout and
 * exit code of `python3 prog.py` run in real time — through pyodide-node (CPython 3.14 in WASM)
 * and through the cpython engine (the machine's python3), both under virtual time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RunResultSchema, type RunResult } from '../types'
import { oracle, oracles, programsIn, type OracleResult } from '../testing/test-programs'
import type { TestProgram } from '../testing/test-programs'
import { createCpythonEngine, type CpythonEngine } from './cpython/engine'
import type { PyodideWorkerEngine } from './pyodide/worker-engine'
import { createPyodideNodeEngine } from './pyodide-node/engine'

const programs = programsIn('differential')
const cases = programs.map((program) => [program.name, program] as const)
let pyodide: PyodideWorkerEngine
let cpython: CpythonEngine
let expected: Map<string, OracleResult>

// The suite compares behaviour, not speed: every program ends on python3, so none relies on the
// 5 s wall-clock limit, and a loaded machine (CI shares 2 cores with other jobs) must not turn a
// slow run into a difference. A polling loop (78, 79) spends ~10,000 turns reaching its deadline.
const generousLimits = { limits: { wallMs: 60_000 } }

// Real python3 sleeps for real: the first run (no cached oracle yet) takes a minute or two.
beforeAll(async () => {
  ;[pyodide, cpython, expected] = await Promise.all([
    createPyodideNodeEngine(),
    createCpythonEngine(),
    oracles(programs),
  ])
}, 600_000)
afterAll(() => pyodide?.dispose())

async function expectSameAsPython(program: TestProgram, result: RunResult): Promise<void> {
  const got = { stdout: result.stdout, exitCode: result.exitCode }
  let want = expected.get(program.name)
  // Real time is noisy on a loaded machine (timers that tie by design can fire out of order):
  // when the cached oracle differs, ask real python3 again, a few times.
  for (let attempt = 0; attempt < 3 && !sameOutcome(got, want); attempt++) {
    want = await oracle(program.source, { fresh: true })
  }
  expect(got, result.stderr).toEqual(want)
  expect(result.status).toBe(got.exitCode === 0 ? 'ok' : 'error')
}

function sameOutcome(got: OracleResult, want: OracleResult | undefined): boolean {
  return got.stdout === want?.stdout && got.exitCode === want.exitCode
}

it('has a suite of at least 150 programs', () => {
  expect(programs.length).toBeGreaterThanOrEqual(150)
})

describe('pyodide-node matches real python3', () => {
  it.each(cases)('%s', async (_, program) => {
    const result = RunResultSchema.parse(
      await pyodide.run({ 'main.py': program.source }, generousLimits),
    )
    expect(result.python).toMatch(/^3\.14\.\d+ \(pyodide\)$/)
    await expectSameAsPython(program, result)
  })
})

// One python3 process per run: several at once keep this part short.
describe.concurrent('the cpython engine matches real python3', () => {
  it.each(cases)('%s', async (_, program) => {
    const result = RunResultSchema.parse(
      await cpython.run({ 'main.py': program.source }, generousLimits),
    )
    expect(result.python).toMatch(/^3\.\d+\.\d+ \(cpython\)$/)
    await expectSameAsPython(program, result)
  })
})

describe('the cpython engine on the real clock', () => {
  it('sleeps for real and reports the real elapsed time', async () => {
    const source = 'import asyncio\nasyncio.run(asyncio.sleep(0.3))\nprint("done")\n'
    const result = await cpython.run({ 'main.py': source }, { realtime: true })
    expect(result.stdout).toBe('done\n')
    expect(result.virtualSeconds).toBeGreaterThanOrEqual(0.3)
  })
})
