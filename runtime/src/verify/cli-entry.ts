/** What the `verify` command loads on demand (one dynamic import, one bundle chunk). */
export { findContentDir } from './content-dir'
export { formatVerifyReport } from './report'
export { runVerify } from './run-verify'
export { ScopeError } from './scope'
