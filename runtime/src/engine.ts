/**
 * The one interface every engine implements. Engines are heavy (Pyodide is ~10 MB of WASM,
 * WebContainer boots a VM), so each lives in its own module and is loaded with dynamic import().
 */
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
  /** Stops the current run; it resolves with status 'interrupted'. No-op when idle. */
  interrupt(): void
  dispose(): Promise<void>
}
