import type { OutputEvent, TimelineEvent } from '@looplab/runtime'
import { useMemo } from 'react'
import type { TaskLane } from './model'
import { tableRows } from './table-rows'

const maxRows = 500

/**
 * The timeline as a table: the accessible alternative to the chart, every event in order. Line
 * numbers are plain text here: hundreds of rows of buttons would be hundreds of Tab stops.
 */
export function TimelineTable({
  timeline,
  events,
  lanes,
}: {
  timeline: readonly TimelineEvent[]
  events: readonly OutputEvent[]
  lanes: readonly TaskLane[]
}) {
  const rows = useMemo(() => tableRows(timeline, events, lanes), [timeline, events, lanes])
  const shown = rows.slice(0, maxRows)
  return (
    // Focusable, so a keyboard can scroll a long table (axe: scrollable-region-focusable).
    <div
      className="max-h-96 overflow-auto focus-visible:outline-2 focus-visible:outline-accent"
      data-testid="timeline-table"
      tabIndex={0}
      role="region"
      aria-label="Timeline as a table"
    >
      <table className="w-full border-collapse text-left text-xs">
        <caption className="sr-only">
          What each task did, and what it printed, in the order it happened (times in seconds of
          event-loop time)
        </caption>
        <thead className="sticky top-0 bg-surface text-ink-muted">
          <tr>
            <th scope="col" className="px-2 py-1 font-semibold">
              Time
            </th>
            <th scope="col" className="px-2 py-1 font-semibold">
              Task
            </th>
            <th scope="col" className="px-2 py-1 font-semibold">
              What happens
            </th>
            <th scope="col" className="px-2 py-1 font-semibold">
              Line
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={index} className="border-t border-line">
              <td className="px-2 py-1 font-mono whitespace-nowrap tabular-nums">{row.time}</td>
              <td className="px-2 py-1 whitespace-nowrap">{row.task}</td>
              <td className="px-2 py-1 font-mono break-all">{row.what}</td>
              <td className="px-2 py-1 tabular-nums">{row.line ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p className="px-2 py-1 text-xs text-ink-muted">
          The first {maxRows} of {rows.length} events.
        </p>
      )}
    </div>
  )
}
