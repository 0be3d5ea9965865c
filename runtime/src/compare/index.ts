/** Output comparison: framework-free, shared by `looplab verify` and the browser sandbox. */
export { compareOutput, type OutputComparison } from './compare-output'
export { toHunks, type DiffHunk } from './hunks'
export { diffLines, type DiffLine, type DiffOptions } from './line-diff'
export { normalizeOutput, outputLines } from './normalize'
export { formatUnifiedDiff, type UnifiedOptions } from './unified'
export { raisedException } from './raised-exception'
