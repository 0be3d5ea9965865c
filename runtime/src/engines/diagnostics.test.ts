/**
 * Each diagnostic's trigger program (runtime/test-programs/diagnostics/<code>/) yields that code at
 * the line its header names, and its near-miss does not: on Pyodide (CPython 3.14) and on the
 * machine's python3 (3.11), whose asyncio differs in places a diagnostic must not trip over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { foldersIn, headerValues, readProgram } from '../testing/test-programs'
import { createCpythonEngine } from './cpython/engine'
import { createPyodideNodeEngine } from './pyodide-node/engine'

const codes = foldersIn('diagnostics')
const engines: Array<[string, () => Promise<Engine>]> = [
  ['Pyodide', createPyodideNodeEngine],
  ['CPython', () => createCpythonEngine()],
]

describe.each(engines)('diagnostics on %s', (_name, createEngine) => {
  let engine: Engine

  beforeAll(async () => {
    engine = await createEngine()
  })
  afterAll(() => engine?.dispose())

  it('covers every pitfall the runtime promises', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'coroutine-never-awaited',
        'blocking-call',
        'task-exception-never-retrieved',
        'task-destroyed-pending',
        'asyncio-run-in-running-loop',
        'get-event-loop-no-loop',
        'create-task-no-running-loop',
        'await-non-awaitable',
        'cancelled-error-swallowed',
        'deadlock',
      ]),
    )
  })

  it.each(codes)('%s: the trigger yields it, at its line', async (code) => {
    const source = readProgram('diagnostics', code, 'trigger.py')
    const [expected] = headerValues(source, 'expect')
    const match = /^(\S+) at line (\d+)$/.exec(expected ?? '')
    expect(match, `header of ${code}/trigger.py`).not.toBeNull()
    const result = await engine.run({ 'main.py': source })
    const found = result.diagnostics.map(({ code: found, line }) => ({ code: found, line }))
    expect(found, result.stderr).toContainEqual({ code: match?.[1], line: Number(match?.[2]) })
  })

  it.each(codes)('%s: the near-miss does not', async (code) => {
    const source = readProgram('diagnostics', code, 'near-miss.py')
    const [quiet] = headerValues(source, 'expect-none')
    expect(quiet, `header of ${code}/near-miss.py`).toBe(code)
    const result = await engine.run({ 'main.py': source })
    expect(
      result.diagnostics.map((diagnostic) => diagnostic.code),
      result.stderr,
    ).not.toContain(code)
    expect(result.status, result.stderr).toBe('ok')
  })
})
