/** `@looplab/runtime/engines/browser`: Pyodide in a module Web Worker, served from the site. */
export { createPyodideBrowserEngine, type PyodideBrowserOptions } from './pyodide-worker/engine'
export type { PyodideWorkerEngine } from './pyodide/worker-engine'
export type { FromWorker, ToWorker } from './pyodide/messages'
