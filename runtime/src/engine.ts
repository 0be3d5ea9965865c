/**
 * The one interface every engine implements. Engines are heavy (Pyodide is ~10 MB of WASM,
 * WebContainer boots a VM), so each lives in its own module and is loaded with dynamic import().
 */
import type { GradeRun } from './grade/types'
import type { ProgramFiles, RunOptions, RunResult } from './types'

export type EngineName = 'pyodide-node' | 'pyodide-worker' | 'cpython' | 'webcontainer'

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
  /** Runs a learner's program, then an exercise's checks (the source of its checks.py) against
   *  it: the grade and the run it judged. Never rejects for anything the program or the checks
   *  do; a stop or an engine failure is a grade with status `error`. */
  grade(files: ProgramFiles, checks: string, options?: RunOptions): Promise<GradeRun>
  /** Stops the current run; it resolves with status 'interrupted'. No-op when idle. */
  interrupt(): void
  dispose(): Promise<void>
}
