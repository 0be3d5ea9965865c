/**
 * The engines of one verify run, started on first use: one warm Pyodide for every example (it
 * queues runs itself), and CPython processes, at most `parallelism` at a time. An engine that
 * cannot start turns every run on it into a failed check with the reason, never a crash.
 */
import { createEngine } from '../create-engine'
import type { Engine } from '../engine'
import { gradeFromFailedRun } from '../engines/grade-request'
import { engineFailure } from '../engines/results'
import type { GradeRun } from '../grade/types'
import type { ProgramFiles, RunOptions, RunResult } from '../types'
import { createLimiter } from './limiter'
import { resolvePythonExecutable } from './resolve-python'
import type { VerifyEngineName, VerifyEngines } from './types'

export type VerifyEnginePool = VerifyEngines & {
  stats(): {
    pyodideBootMs: number | null
    runs: Record<VerifyEngineName, number>
    pythons: Partial<Record<VerifyEngineName, string>>
  }
  dispose(): Promise<void>
}

export function createVerifyEngines(options: { parallelism: number }): VerifyEnginePool {
  const started: Partial<Record<VerifyEngineName, Promise<Engine>>> = {}
  const runs: Record<VerifyEngineName, number> = { 'pyodide-node': 0, cpython: 0 }
  const pythons: Partial<Record<VerifyEngineName, string>> = {}
  let pyodideBootMs: number | null = null
  const limitCpython = createLimiter(options.parallelism)

  const engine = (name: VerifyEngineName): Promise<Engine> => {
    const existing = started[name]
    if (existing) return existing
    const bootStart = performance.now()
    const booting = (
      name === 'cpython'
        ? resolvePythonExecutable().then((python) => createEngine(name, { python }))
        : createEngine(name)
    ).then((ready) => {
      if (name === 'pyodide-node') pyodideBootMs = performance.now() - bootStart
      return ready
    })
    started[name] = booting
    return booting
  }

  const runOn = async (name: VerifyEngineName, files: ProgramFiles, options?: RunOptions) => {
    let ready: Engine
    try {
      ready = await engine(name)
    } catch (error) {
      return startFailure(name, error)
    }
    const result = await ready.run(files, options)
    runs[name]++
    pythons[name] ??= result.python
    return result
  }

  const gradeOn = async (
    name: VerifyEngineName,
    files: ProgramFiles,
    checks: string,
    options?: RunOptions,
  ): Promise<GradeRun> => {
    let ready: Engine
    try {
      ready = await engine(name)
    } catch (error) {
      return gradeFromFailedRun(startFailure(name, error))
    }
    const graded = await ready.grade(files, checks, options)
    runs[name]++
    pythons[name] ??= graded.run.python
    return graded
  }

  return {
    run(name, files, runOptions): Promise<RunResult> {
      return name === 'cpython'
        ? limitCpython(() => runOn(name, files, runOptions))
        : runOn(name, files, runOptions)
    },
    grade(name, files, checks, runOptions): Promise<GradeRun> {
      return name === 'cpython'
        ? limitCpython(() => gradeOn(name, files, checks, runOptions))
        : gradeOn(name, files, checks, runOptions)
    },
    stats: () => ({ pyodideBootMs, runs: { ...runs }, pythons: { ...pythons } }),
    async dispose() {
      const engines = await Promise.allSettled(Object.values(started))
      await Promise.all(
        engines.map((settled) => (settled.status === 'fulfilled' ? settled.value.dispose() : null)),
      )
    },
  }
}

function startFailure(name: VerifyEngineName, error: unknown): RunResult {
  const reason = error instanceof Error ? error.message : String(error)
  return engineFailure(`the ${name} engine could not start: ${reason}`, name)
}
