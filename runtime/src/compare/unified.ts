/**
 * The terminal rendering of a comparison: a unified diff (`-` lesson only, `+` printed only).
 * A line that differs only in invisible characters (tabs vs spaces, non-breaking spaces) is
 * shown escaped, or the reader would see two identical lines and no reason for the failure.
 */
import type { OutputComparison } from './compare-output'
import type { DiffHunk } from './hunks'

export type UnifiedOptions = { expectedLabel?: string; actualLabel?: string }

export function formatUnifiedDiff(comparison: OutputComparison, options: UnifiedOptions = {}) {
  if (comparison.matches) return ''
  const header = [
    `--- ${options.expectedLabel ?? 'expected'}`,
    `+++ ${options.actualLabel ?? 'actual'}`,
  ]
  return [...header, ...comparison.hunks.flatMap(renderHunk)].join('\n') + '\n'
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`
}

function renderHunk(hunk: DiffHunk): string[] {
  const head = `@@ -${range(hunk.expectedStart, hunk.expectedCount)} +${range(hunk.actualStart, hunk.actualCount)} @@`
  const changed = hunk.lines.filter((line) => line.kind !== 'same').map((line) => line.text)
  const looksAlike = new Set(changed.map(visibleShape))
  const ambiguous = looksAlike.size < new Set(changed).size
  const body = hunk.lines.map((line) => {
    const mark = line.kind === 'same' ? ' ' : line.kind === 'missing' ? '-' : '+'
    const text = ambiguous && line.kind !== 'same' ? escapeInvisible(line.text) : line.text
    return `${mark}${text}`
  })
  return [head, ...body]
}

const zeroWidth = /[\u200b-\u200d\u2060\ufeff]/gu
/** Whitespace other than a plain space, and characters with no width. */
const invisible = /[^\S ]|[\u200b-\u200d\u2060\ufeff]/gu

/** What a reader sees: zero-width characters vanish, any run of whitespace looks like a space. */
function visibleShape(text: string): string {
  return text.replace(zeroWidth, '').replace(/\s+/g, ' ')
}

function escapeInvisible(text: string): string {
  return text.replace(invisible, (char) =>
    char === '\t' ? '\\t' : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`,
  )
}
