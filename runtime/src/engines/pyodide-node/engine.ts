/**
 * `pyodide-node`: Pyodide in a worker_threads Worker, booted once (from a cached memory snapshot
 * when possible) and reused for many runs. Stop and the wall-clock limit interrupt through a
 * SharedArrayBuffer; a program that ignores them gets its worker replaced.
 */
import { Worker } from 'node:worker_threads'
import type { EngineOptions } from '../../engine'
import { ensureNodeBuild } from '../../node/runtime-build'
import { describe } from '../results'
import type { FromWorker } from '../pyodide/messages'
import { PyodideWorkerEngine, type StartWorker } from '../pyodide/worker-engine'

export type PyodideNodeOptions = EngineOptions & {
  /** Boot from a memory snapshot cached under runtime/.build/snapshots (default true). */
  snapshot?: boolean
}

export async function createPyodideNodeEngine(
  options: PyodideNodeOptions = {},
): Promise<PyodideWorkerEngine> {
  const paths = await ensureNodeBuild()
  const start: StartWorker = (events) => {
    const worker = new Worker(paths.nodeWorker)
    worker.on('message', (message: FromWorker) => events.message(message))
    worker.on('error', (error) => events.crash(describe(error)))
    worker.on('exit', (code) => events.crash(`exit code ${code}`))
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => void worker.terminate(),
      hold: (busy) => (busy ? worker.ref() : worker.unref()),
    }
  }
  const engine = new PyodideWorkerEngine('pyodide-node', start, {
    interruptBuffer: new SharedArrayBuffer(4),
    snapshot: options.snapshot ?? true,
    snapshotDir: paths.snapshots,
    onBootProgress: options.onBootProgress,
  })
  await engine.boot()
  return engine
}
