import { useLayoutEffect, useRef, useState } from 'react'
import {
  consoleHead,
  consoleTail,
  consoleWindow,
  moreHeadLines,
  type ConsoleLine,
} from './console-lines'
import { formatTimestamp } from './format-time'
import { LinkedText } from './linked-text'
import { formatCount } from './safe-text'
import { LongText } from './safe-text-view'

export type ConsoleViewProps = {
  lines: readonly ConsoleLine[]
  /** Length of the run, to pick the timestamps' precision. */
  runSeconds: number
  file?: string
  onLine?: (line: number) => void
  /** During a replay: keep the room of the full output, and no "(prints nothing)" yet. */
  replay?: { lines: number } | null
}

/**
 * What the program printed, line by line, each with the virtual time it was printed at. stderr
 * is set apart by colour, a rule at its left and (for screen readers) words. It is an aria-live
 * log: lines added by a replay are read out as they appear.
 *
 * The program's text is shown by the rules of safe-text.ts (controls, bidi and invisible
 * characters as visible markers, never markup). However much it prints, the page stays quick: a
 * long line shows its start and a "… N more characters" button; a runaway loop's thousands of
 * lines show their start and their end, with the lines between behind a button.
 */
export function ConsoleView({ lines, runSeconds, file, onLine, replay }: ConsoleViewProps) {
  const [head, setHead] = useState(consoleHead)
  const { headEnd, tailStart, hidden } = consoleWindow(lines.length, head)
  const log = useRef<HTMLDivElement>(null)
  // Like a terminal: when the output overflows, its end (where a traceback's exception line is,
  // where a replay is writing) stays in view.
  useLayoutEffect(() => {
    const element = log.current
    if (element && element.scrollHeight > element.clientHeight)
      element.scrollTop = element.scrollHeight
  }, [lines])
  const row = (line: ConsoleLine, index: number) => {
    const stderr = line.stream === 'stderr'
    return (
      <div
        key={index}
        data-testid="output-line"
        data-stream={line.stream}
        data-t={line.t}
        className="flex gap-3"
      >
        <span
          aria-hidden="true"
          title={`printed at ${line.t} s of event-loop time`}
          className="shrink-0 text-right text-xs/relaxed text-ink-muted tabular-nums select-none"
        >
          {formatTimestamp(line.t, runSeconds)}
        </span>
        <span
          className={`min-w-0 flex-1 break-words whitespace-pre-wrap ${stderr ? 'border-l-2 border-danger pl-2 text-danger' : ''}`}
        >
          {stderr && <span className="sr-only">error output: </span>}
          {line.text === '' ? (
            '\u200b'
          ) : (
            <LongText
              text={line.text}
              render={(shown) => <LinkedText text={shown} file={file} onLine={onLine} />}
            />
          )}
        </span>
      </div>
    )
  }
  return (
    <div className="px-4 py-2">
      <div
        ref={log}
        role="log"
        aria-label="Program output"
        data-testid="console"
        // It scrolls when the output is long: the keyboard must reach it to scroll it.
        tabIndex={0}
        className="max-h-[28rem] overflow-auto font-mono text-sm leading-relaxed"
        style={
          replay
            ? {
                minHeight: `${Math.min(replay.lines, consoleHead + consoleTail + 1) * 1.625}em`,
              }
            : undefined
        }
      >
        {lines.length === 0 && !replay && <p className="text-ink-muted italic">(prints nothing)</p>}
        {lines.slice(0, headEnd).map((line, index) => row(line, index))}
        {hidden > 0 && (
          <div className="my-1 flex items-center gap-3 border-y border-dashed border-line py-1 font-sans text-xs text-ink-muted">
            <span data-testid="hidden-lines">
              … {formatCount(hidden)} more {hidden === 1 ? 'line' : 'lines'}
            </span>
            <button
              type="button"
              onClick={() => setHead((current) => current + moreHeadLines(current))}
              className="rounded-md border border-line px-2 py-0.5 font-medium hover:text-ink"
            >
              Show {formatCount(Math.min(hidden, moreHeadLines(head)))} more
            </button>
          </div>
        )}
        {lines.slice(tailStart).map((line, index) => row(line, tailStart + index))}
      </div>
    </div>
  )
}
