/**
 * The interfaces engines implement. Engines are heavy (Pyodide is ~10 MB of WASM, WebContainer
 * boots a VM), so each lives in its own module and is loaded with dynamic import().
 *
 * Grading takes two: an Engine that runs the learner's code and only observes what it did, and a
 * Judge, in an interpreter of its own that never runs learner code, that computes the grade from
 * that observation (runtime/src/grade/README.md).
 */
import type { Observed } from './grade/observe-request'
import type { JudgeRequest } from './grade/observation'
import type { GradeResult, ProgramFiles, RunOptions, RunResult } from './types'

export type EngineName = 'pyodide-node' | 'pyodide-worker' | 'cpython'

export type BootProgress = {
  phase: 'download' | 'compile' | 'snapshot' | 'harness' | 'ready'
  /** 0..1 over the whole boot. */
  fraction: number
  message: string
}

export type EngineOptions = {
  onBootProgress?: (progress: BootProgress) => void
}

export interface Engine {
  readonly name: EngineName
  /** Runs a program to completion; never rejects for anything the program does. */
  run(files: ProgramFiles, options?: RunOptions): Promise<RunResult>
  /** Runs a learner's program, then each scenario of an exercise's probes.py (its source, or null)
   *  in a fresh run, and reports what happened: it decides nothing. Never rejects for anything the
   *  program does; an engine failure or a forced stop resolves as `{ kind: 'failed', run }`. */
  observe(files: ProgramFiles, probes: string | null, options?: RunOptions): Promise<Observed>
  /** Stops the current run; it resolves with status 'interrupted'. No-op when idle. */
  interrupt(): void
  dispose(): Promise<void>
}

/** Computes a grade from an exercise's checks and an observation, in an interpreter that never
 *  runs learner code. Never rejects for anything in the observation: a record that does not match
 *  the code, or a judge that fails, is a grade with status `error`. */
export interface Judge {
  judge(request: JudgeRequest): Promise<GradeResult>
  dispose(): Promise<void>
}
