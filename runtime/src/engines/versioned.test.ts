/**
 * Programs whose output legitimately differs between Python versions
 * (runtime/test-programs/versioned): each engine must give what its own version gives.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { programsIn, programsRoot } from '../testing/test-programs'
import { createCpythonEngine } from './cpython/engine'
import { createPyodideNodeEngine } from './pyodide-node/engine'

type Expected = Record<string, { stdout: string; exitCode: number }>

const programs = programsIn('versioned').map((program) => ({
  ...program,
  expected: JSON.parse(
    readFileSync(
      `${programsRoot}/versioned/${program.name.replace(/\.py$/, '.expected.json')}`,
      'utf8',
    ),
  ) as Expected,
}))
const engines: Engine[] = []

beforeAll(async () => {
  engines.push(...(await Promise.all([createPyodideNodeEngine(), createCpythonEngine()])))
})
afterAll(() => Promise.all(engines.map((engine) => engine.dispose())))

describe.each(['pyodide-node', 'cpython'])('%s gives its own version’s output', (name) => {
  it.each(programs.map((program) => [program.name, program] as const))('%s', async (_, program) => {
    const engine = engines.find((candidate) => candidate.name === name)
    const result = await engine!.run({ 'main.py': program.source })
    const version = /^(\d+\.\d+)/.exec(result.python)?.[1] ?? '?'
    const want = program.expected[version]
    if (!want) return // this version is not pinned for this program
    expect({ stdout: result.stdout, exitCode: result.exitCode }, result.stderr).toEqual(want)
  })
})
