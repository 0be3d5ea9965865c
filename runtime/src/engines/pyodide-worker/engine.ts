/**
 * `pyodide-worker`: the browser's engine. Pyodide runs in a module Web Worker served from
 * /runtime/worker.mjs (built by runtime/scripts/build.mjs). Stop uses the shared interrupt buffer
 * when the page is cross-origin isolated, else terminates and reboots the worker. After a first,
 * normal boot, a throwaway worker makes a memory snapshot so later visits boot in a fraction.
 */
import type { EngineOptions } from '../../engine'
import type { FromWorker, ToWorker } from '../pyodide/messages'
import { PyodideWorkerEngine, type StartWorker } from '../pyodide/worker-engine'

export type PyodideBrowserOptions = EngineOptions & {
  /** Boot from (and make) a memory snapshot kept in Cache Storage (default true). */
  snapshot?: boolean
  /** Where the built worker is served (default /runtime/worker.mjs). */
  workerUrl?: string
}

const defaultWorkerUrl = '/runtime/worker.mjs'

function spawnWorker(url: string): Worker {
  // A plain string URL: Next must not rewrite this into a classic worker (DESIGN.md §7).
  return new Worker(url, { type: 'module', name: 'looplab-pyodide' })
}

function canInterruptInPlace(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function'
}

export async function createPyodideBrowserEngine(
  options: PyodideBrowserOptions = {},
): Promise<PyodideWorkerEngine> {
  const url = options.workerUrl ?? defaultWorkerUrl
  const snapshot = options.snapshot ?? true
  const start: StartWorker = (events) => {
    const worker = spawnWorker(url)
    worker.onmessage = (event: MessageEvent<FromWorker>) => events.message(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      events.crash(event.message || `could not load ${url}`)
    }
    worker.onmessageerror = () => events.crash('a message from the worker could not be read')
    return {
      post: (message: ToWorker) => worker.postMessage(message),
      terminate: () => worker.terminate(),
    }
  }
  const engine = new PyodideWorkerEngine('pyodide-worker', start, {
    interruptBuffer: canInterruptInPlace() ? new SharedArrayBuffer(4) : null,
    snapshot,
    onBootProgress: options.onBootProgress,
  })
  const info = await engine.boot()
  if (snapshot && info.mode === 'normal') makeSnapshotInBackground(url)
  return engine
}

let snapshotRequested = false

/** Fire and forget, once per page: a failure only means the next visit boots normally too. */
function makeSnapshotInBackground(url: string): void {
  // Without Cache Storage the snapshot could not be kept: don't spend seconds of CPU making it.
  if (snapshotRequested || typeof caches === 'undefined') return
  snapshotRequested = true
  const run = () => {
    const worker = spawnWorker(url)
    const done = () => worker.terminate()
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'snapshot-made' || event.data.type === 'snapshot-failed') done()
    }
    worker.onerror = done
    worker.postMessage({ type: 'make-snapshot' } satisfies ToWorker)
  }
  // Let the page finish what it is doing first; the snapshot costs a few seconds of CPU.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 })
  else setTimeout(run, 1000)
}
