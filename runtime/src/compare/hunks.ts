/**
 * Groups a full line diff into hunks: each run of changes with a few lines of context around it,
 * the way `diff -u` shows them, so a long output with one wrong line shows just that neighbourhood.
 */
import type { DiffLine } from './line-diff'

export type DiffHunk = {
  /** 1-based first line of the hunk in the expected output (0 when the hunk has none of it). */
  expectedStart: number
  expectedCount: number
  actualStart: number
  actualCount: number
  lines: DiffLine[]
}

export function toHunks(lines: readonly DiffLine[], context = 3): DiffHunk[] {
  const changed = lines.flatMap((line, index) => (line.kind === 'same' ? [] : [index]))
  const ranges: { from: number; to: number }[] = []
  for (const index of changed) {
    const from = Math.max(0, index - context)
    const to = Math.min(lines.length, index + context + 1)
    const last = ranges[ranges.length - 1]
    if (last && from <= last.to) last.to = Math.max(last.to, to)
    else ranges.push({ from, to })
  }
  return ranges.map(({ from, to }) => hunkOf(lines, from, to))
}

function hunkOf(all: readonly DiffLine[], from: number, to: number): DiffHunk {
  const lines = all.slice(from, to)
  // Where the hunk starts on each side: the line numbers of the lines before it, plus one.
  let expectedBefore = 0
  let actualBefore = 0
  for (const line of all.slice(0, from)) {
    if (line.kind !== 'extra') expectedBefore = line.expectedLine
    if (line.kind !== 'missing') actualBefore = line.actualLine
  }
  const expectedCount = lines.filter((line) => line.kind !== 'extra').length
  const actualCount = lines.filter((line) => line.kind !== 'missing').length
  return {
    expectedStart: expectedCount > 0 ? expectedBefore + 1 : expectedBefore,
    expectedCount,
    actualStart: actualCount > 0 ? actualBefore + 1 : actualBefore,
    actualCount,
    lines,
  }
}
