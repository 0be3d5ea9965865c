/** `@looplab/runtime/verify` (Node): every example and exercise of a course, checked. */
export { findContentDir } from './content-dir'
export { judgeExampleRun } from './judge-run'
export { formatVerifyReport } from './report'
export { runVerify } from './run-verify'
export { ScopeError } from './scope'
export type * from './types'
