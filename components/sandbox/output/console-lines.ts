/**
 * The program's output as the console shows it: lines, each with the stream it went to and the
 * virtual time its first character was printed. Events are chunks (`print(…, end='')` writes part
 * of a line), so a line is assembled from consecutive chunks of the same stream.
 */
import type { OutputEvent } from '@looplab/runtime'

export type OutputStream = OutputEvent['stream']

export type ConsoleLine = {
  /** Virtual seconds when the line's first chunk was printed. */
  t: number
  stream: OutputStream
  text: string
  /** The Task-N that printed it, when a task was running. */
  task?: number
}

export function consoleLines(events: readonly OutputEvent[]): ConsoleLine[] {
  const lines: ConsoleLine[] = []
  // The line still being written (no newline yet), per the last stream that wrote.
  let open: ConsoleLine | null = null
  for (const event of events) {
    const pieces = event.text.split('\n')
    pieces.forEach((piece, index) => {
      const last = index === pieces.length - 1
      if (last && piece === '') return // the text ended with a newline: nothing open
      if (open && open.stream === event.stream) {
        open.text += piece
      } else {
        open = { t: event.t, stream: event.stream, text: piece }
        if (event.task !== undefined) open.task = event.task
        lines.push(open)
      }
      if (!last) open = null
    })
  }
  return lines
}

/**
 * Drops the runtime's note from the end of the console (it is shown beside the status instead).
 * Leaves the lines alone unless the whole note is found there, stderr line by stderr line.
 */
export function withoutNote(lines: readonly ConsoleLine[], note: string | null): ConsoleLine[] {
  if (!note) return [...lines]
  const noteLines = note.split('\n')
  let end = lines.length
  // Blank stderr lines after the note (it ends with a newline) are part of it.
  while (end > 0 && lines[end - 1]?.stream === 'stderr' && lines[end - 1]?.text.trim() === '') end--
  for (let i = noteLines.length - 1; i >= 0; i--) {
    const line = lines[end - 1]
    if (!line || line.stream !== 'stderr' || line.text.trimEnd() !== noteLines[i]?.trimEnd()) {
      return [...lines]
    }
    end--
  }
  return lines.slice(0, end)
}

/**
 * Which lines the console draws: a huge output (a runaway loop's 100 000 lines) shows its first
 * `head` lines and its last `tail` — where the traceback and the last thing printed are — with
 * the number left out between them, shown more of on request. Small outputs show whole.
 */
export type ConsoleWindow = { headEnd: number; tailStart: number; hidden: number }

export const consoleHead = 1000
export const consoleTail = 200

export function consoleWindow(
  total: number,
  head = consoleHead,
  tail = consoleTail,
): ConsoleWindow {
  if (total <= head + tail) return { headEnd: total, tailStart: total, hidden: 0 }
  return { headEnd: head, tailStart: total - tail, hidden: total - tail - head }
}

/** How many more head lines "Show more lines" adds: a growing step, never a page-freezing one. */
export function moreHeadLines(head: number): number {
  return Math.min(5000, Math.max(consoleHead, head))
}
