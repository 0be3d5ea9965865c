/**
 * When LoopLab itself ends a program (deadlock, a limit, an interrupt, a failure of its own) the
 * run says so in `stopped` (docs/architecture.md, "The shapes"), and stderr ends with the same
 * words, as a terminal shows them. The output panel shows that note beside the status badge
 * instead of in the program's own output, so it is read as the runtime's explanation; a line a
 * program printed itself, whatever it says, stays the program's.
 */

import type { RunResult } from '@looplab/runtime'

const notePrefix = 'LoopLab: '

/** Splits stderr into what Python printed and the runtime's closing note (null when none). */
export function splitRuntimeNote(result: Pick<RunResult, 'stderr' | 'stopped'>): {
  body: string
  note: string | null
} {
  const note = result.stopped?.note
  if (!note || !result.stderr.endsWith(note)) return { body: result.stderr, note: null }
  return { body: result.stderr.slice(0, -note.length), note: note.trimEnd() }
}

/** The note without its "LoopLab: " prefix, first letter capitalised, for a callout. */
export function noteForDisplay(note: string): string {
  const text = note.startsWith(notePrefix) ? note.slice(notePrefix.length) : note
  return text.charAt(0).toUpperCase() + text.slice(1)
}
