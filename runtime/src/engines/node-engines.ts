/**
 * The engines that need Node (worker_threads, child processes). Reached through the package's
 * `#node-engines` import, whose browser condition points at node-engines.browser.ts instead, so a
 * page bundle never tries to include Node built-ins.
 */
export { createCpythonEngine } from './cpython/engine'
export { createPyodideNodeEngine } from './pyodide-node/engine'
