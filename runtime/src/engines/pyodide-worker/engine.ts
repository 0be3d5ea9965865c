/**
 * `pyodide-worker`: the browser's engine. Pyodide runs in a module Web Worker served from
 * /runtime/worker.mjs (built by runtime/scripts/build.mjs). Stop uses the shared interrupt buffer
 * when the page is cross-origin isolated, else terminates and reboots the worker. It boots from
 * the memory snapshot the site serves, so no visit pays for starting Python from scratch.
 */
import type { EngineOptions } from '../../engine'
import type { FromWorker, ToWorker } from '../pyodide/messages'
import { PyodideWorkerEngine, type StartWorker } from '../pyodide/worker-engine'

export type PyodideBrowserOptions = EngineOptions & {
  /** Boot from the memory snapshot the site serves, when it has one (default true). */
  snapshot?: boolean
  /** Where the built worker is served (default /runtime/worker.mjs). */
  workerUrl?: string
}

const defaultWorkerUrl = '/runtime/worker.mjs'

function spawnWorker(url: string): Worker {
  // A plain string URL: Next must not rewrite this into a classic worker (docs/architecture.md, "Building").
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
  await engine.boot()
  return engine
}
