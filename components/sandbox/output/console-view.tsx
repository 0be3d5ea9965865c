import { useLayoutEffect, useRef, useState } from 'react'
import type { ConsoleLine } from './console-lines'
import { formatTimestamp } from './format-time'
import { LinkedText } from './linked-text'

/** Enough for any lesson; a runaway loop's thousands more lines wait behind a button. */
const initialLines = 1000

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
 */
export function ConsoleView({ lines, runSeconds, file, onLine, replay }: ConsoleViewProps) {
  const [showAll, setShowAll] = useState(false)
  const visible = showAll ? lines : lines.slice(0, initialLines)
  const log = useRef<HTMLDivElement>(null)
  // Like a terminal: when the output overflows, its end (where a traceback's exception line is,
  // where a replay is writing) stays in view.
  useLayoutEffect(() => {
    const element = log.current
    if (element && element.scrollHeight > element.clientHeight)
      element.scrollTop = element.scrollHeight
  }, [visible.length, lines])
  return (
    <div className="px-4 py-2">
      <div
        ref={log}
        role="log"
        aria-label="Program output"
        data-testid="console"
        className="max-h-[28rem] overflow-auto font-mono text-sm leading-relaxed"
        style={
          replay ? { minHeight: `${Math.min(replay.lines, initialLines) * 1.625}em` } : undefined
        }
      >
        {lines.length === 0 && !replay && <p className="text-ink-muted italic">(prints nothing)</p>}
        {visible.map((line, index) => {
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
                  <LinkedText text={line.text} file={file} onLine={onLine} />
                )}
              </span>
            </div>
          )
        })}
      </div>
      {lines.length > visible.length && (
        <button
          type="button"
          onClick={() => setShowAll(true)}
          className="mt-2 rounded-md border border-line px-2 py-1 text-xs font-medium text-ink-muted hover:text-ink"
        >
          Show all {lines.length} lines
        </button>
      )}
    </div>
  )
}
