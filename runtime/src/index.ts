/**
 * @looplab/runtime: runs Python asyncio programs under virtual time, in Node or a browser worker.
 * Everything here is safe to import from a page; engines load lazily through createEngine().
 */
export type { BootProgress, Engine, EngineName, EngineOptions, Judge } from './engine'
export { createEngine, engineNames, type CreateEngineOptions } from './create-engine'
export * from './types'
export * from './compare'
export type { CheckResult, Problem, VerifyReport } from './verify/types'
export * from './grade'
