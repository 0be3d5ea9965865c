/**
 * `@looplab/runtime/engines/node`: the engines for trusted code in Node — the course's own
 * examples, the judge — and createEngine() to pick one by name. Learner code goes through
 * `@looplab/runtime/sandbox` instead (SECURITY.md).
 */
export { createEngine, type CreateEngineOptions } from '../create-engine'
export { createCpythonEngine, type CpythonEngine, type CpythonOptions } from './cpython/engine'
export { createPyodideNodeEngine, type PyodideNodeOptions } from './pyodide-node/engine'
export type { PyodideWorkerEngine } from './pyodide/worker-engine'
export {
  startGradingEngines,
  startJudge,
  startRunner,
  type GradingEngineName,
  type GradingEngines,
  type RunnerOptions,
} from '../grade/grading-engines'
