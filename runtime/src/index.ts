/**
 * `@looplab/runtime`: what is safe to import anywhere, a page included — the result types and their
 * schemas, output comparison, and grading from an observation. Engines live in their own entry
 * points (`./engines/browser`, `./engines/node`, `./sandbox`), loaded only where they run.
 * docs/architecture.md describes the parts and the run path.
 */
export type { BootProgress, Engine, EngineName, EngineOptions, Judge } from './engine'
export * from './types'
export * from './compare'
export type { CheckResult, Problem, VerifyReport } from './verify/types'
export { judgeExampleRun } from './verify/judge-run'
export * from './grade'
