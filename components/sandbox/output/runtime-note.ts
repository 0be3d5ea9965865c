/**
 * When LoopLab itself stops a program (deadlock, time or output limit, an interrupt) it says why
 * in plain words at the end of stderr, each note starting "LoopLab: ". The output panel shows that
 * note beside the status badge instead of in the program's own output, so it is read as the
 * runtime's explanation and not mistaken for something the program printed.
 */

import type { RunStatus } from '@looplab/runtime'

const notePrefix = 'LoopLab: '
const engineFailurePrefix = 'LoopLab: the Python runtime failed'
const tracebackHeaders = [
  'Traceback (most recent call last):',
  '  + Exception Group Traceback (most recent call last):',
]

/**
 * Whether a run with this status can carry a note of the runtime's. A program may print
 * "LoopLab: …" itself: in a run that finished on its own (ok, or a Python error) such a line is
 * the program's output and stays in the console, never dressed up as the runtime's words.
 */
function mayHaveNote(stderr: string, status: RunStatus | undefined): boolean {
  if (status === undefined) return true
  if (status === 'ok') return false
  return status !== 'error' || stderr.startsWith(engineFailurePrefix)
}

/**
 * Splits stderr into what Python printed and the runtime's closing note (null when none). Given
 * the run's status, finds a note only where the runtime writes one.
 */
export function splitRuntimeNote(
  stderr: string,
  status?: RunStatus,
): { body: string; note: string | null } {
  if (!mayHaveNote(stderr, status)) return { body: stderr, note: null }
  const lines = stderr.split('\n')
  // The note is appended after everything Python printed: the first "LoopLab: " line with no
  // traceback after it. Anything before it (a KeyboardInterrupt traceback, say) stays Python's.
  let start = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? ''
    if (tracebackHeaders.includes(line.trimEnd())) break
    if (line.startsWith(notePrefix)) start = i
  }
  if (start === -1) return { body: stderr, note: null }
  const note = lines.slice(start).join('\n').trimEnd()
  const body = start > 0 ? `${lines.slice(0, start).join('\n')}\n` : ''
  return { body, note }
}

/** The note without its "LoopLab: " prefix, first letter capitalised, for a callout. */
export function noteForDisplay(note: string): string {
  const text = note.startsWith(notePrefix) ? note.slice(notePrefix.length) : note
  return text.charAt(0).toUpperCase() + text.slice(1)
}
