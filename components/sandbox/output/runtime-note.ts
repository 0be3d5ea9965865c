/**
 * When LoopLab itself stops a program (deadlock, time or output limit, an interrupt) it says why
 * in plain words at the end of stderr, each note starting "LoopLab: ". The output panel shows that
 * note beside the status badge instead of in the program's own output, so it is read as the
 * runtime's explanation and not mistaken for something the program printed.
 */

const notePrefix = 'LoopLab: '
const tracebackHeaders = [
  'Traceback (most recent call last):',
  '  + Exception Group Traceback (most recent call last):',
]

/** Splits stderr into what Python printed and the runtime's closing note (null when none). */
export function splitRuntimeNote(stderr: string): { body: string; note: string | null } {
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
