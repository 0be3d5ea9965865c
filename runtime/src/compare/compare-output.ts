/**
 * "Does the program's stdout match the lesson?" — the single answer the CLI's `verify`, the
 * sandbox's "matches the lesson" badge and its diff view all share.
 */
import { toHunks, type DiffHunk } from './hunks'
import { diffLines, type DiffLine } from './line-diff'
import { outputLines } from './normalize'

export type OutputComparison = {
  matches: boolean
  /** The normalized lines compared (see normalize.ts). */
  expected: string[]
  actual: string[]
  /** Every line of both sides in order: for a full side-by-side or inline view. */
  lines: DiffLine[]
  /** Only the changes with `context` lines around them: for a compact view. Empty on a match. */
  hunks: DiffHunk[]
}

export function compareOutput(
  expected: string,
  actual: string,
  options: { context?: number; maxEdits?: number } = {},
): OutputComparison {
  const expectedLines = outputLines(expected)
  const actualLines = outputLines(actual)
  const matches =
    expectedLines.length === actualLines.length &&
    expectedLines.every((line, index) => line === actualLines[index])
  const lines = diffLines(expectedLines, actualLines, { maxEdits: options.maxEdits })
  return {
    matches,
    expected: expectedLines,
    actual: actualLines,
    lines,
    hunks: matches ? [] : toHunks(lines, options.context),
  }
}
