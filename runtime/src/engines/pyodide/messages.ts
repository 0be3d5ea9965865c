/**
 * Every message between an engine and its Pyodide worker (worker_threads in Node, a module Web
 * Worker in the browser): one discriminated union each way, so both sides switch exhaustively.
 * Run results cross as the harness's JSON text and are zod-validated on the engine's side.
 */
import type { BootProgress } from '../../engine'

export type BootMode = 'normal' | 'snapshot' | 'made-snapshot'
export type BootPhases = Record<string, number>

export type ToWorker =
  | {
      type: 'boot'
      /** Int32 flag Pyodide polls: 2 (SIGINT) raises KeyboardInterrupt. Null: not isolated. */
      interruptBuffer: SharedArrayBuffer | null
      /** Boot from a memory snapshot: Node's own (made first if there is none), the site's in a browser. */
      snapshot: boolean
      /** Node only: the folder that caches snapshots. */
      snapshotDir?: string
      /** Run a program and a grade before answering ready, so the first job is as fast as the
       *  rest (default true). A process that runs one job and ends has nothing to gain. */
      warmUp?: boolean
    }
  | { type: 'run'; id: number; request: string }

export type FromWorker =
  | { type: 'progress'; progress: BootProgress }
  | {
      type: 'ready'
      python: string
      bootMs: number
      mode: BootMode
      /** Why a snapshot was not used, when it wasn't. */
      note?: string
      /** Where the boot's time went, ms per step in order (for benchmarks and bug reports). */
      phases?: BootPhases
    }
  | { type: 'boot-failed'; message: string }
  | { type: 'result'; id: number; json: string }
  /** Pyodide itself failed (not the program): the worker is unusable and must be replaced. */
  | { type: 'run-failed'; id: number; message: string }
