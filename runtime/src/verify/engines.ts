/**
 * The engines of one verify run, started on first use: one warm Pyodide for every example (it
 * queues runs itself), and CPython processes, at most `parallelism` at a time. Grading adds a
 * judge per engine kind: a separate instance that only ever judges (grade/grading-engines.ts).
 * An engine that cannot start turns every run on it into a failed check with the reason, never a
 * crash.
 */
import type { Engine, Judge } from '../engine'
import { engineFailure } from '../engines/results'
import { judgeObserved } from '../grade/grade-submission'
import { gradeFromFailedRun } from '../grade/grade-words'
import { startJudge, startRunner } from '../grade/grading-engines'
import type { GradeRun } from '../grade/types'
import type { ProgramFiles, RunOptions, RunResult } from '../types'
import { createLimiter } from './limiter'
import { resolvePythonExecutable } from './resolve-python'
import type { GradedExercise, VerifyEngineName, VerifyEngines } from './types'

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
  const judges: Partial<Record<VerifyEngineName, Promise<Judge>>> = {}
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
        ? resolvePythonExecutable().then((python) => startRunner(name, { python, trusted: true }))
        : startRunner(name, { trusted: true })
    ).then((ready) => {
      if (name === 'pyodide-node') pyodideBootMs = performance.now() - bootStart
      return ready
    })
    started[name] = booting
    return booting
  }

  const judgeFor = (name: VerifyEngineName): Promise<Judge> => {
    judges[name] ??=
      name === 'cpython'
        ? resolvePythonExecutable().then((python) => startJudge(name, { python }))
        : startJudge(name)
    return judges[name]
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
    exercise: GradedExercise,
    options?: RunOptions,
  ): Promise<GradeRun> => {
    let ready: [Engine, Judge]
    try {
      ready = await Promise.all([engine(name), judgeFor(name)])
    } catch (error) {
      return gradeFromFailedRun(startFailure(name, error))
    }
    const [runner, judge] = ready
    const entry = options?.entry ?? 'main.py'
    const observed = await runner.observe(files, exercise.probes, options)
    const graded = await judgeObserved(judge, exercise.checks, files, entry, observed)
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
    grade(name, files, exercise, runOptions): Promise<GradeRun> {
      return name === 'cpython'
        ? limitCpython(() => gradeOn(name, files, exercise, runOptions))
        : gradeOn(name, files, exercise, runOptions)
    },
    stats: () => ({ pyodideBootMs, runs: { ...runs }, pythons: { ...pythons } }),
    async dispose() {
      const engines = await Promise.allSettled([
        ...Object.values(started),
        ...Object.values(judges),
      ])
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
