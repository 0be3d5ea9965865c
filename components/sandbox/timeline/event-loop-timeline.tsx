'use client'

/**
 * The "Event loop" section of a run's output: the timeline chart (or its table), a switch between
 * a proportional time axis and one that gives every step the same width, and a legend. It is
 * rebuilt from each run's result.
 */
import type { RunResult } from '@looplab/runtime'
import { useMemo, useRef, useState } from 'react'
import type { ReplayController } from '../replay/replay-controller'
import { formatVirtualSeconds } from '../output/format-time'
import { layoutTimeline } from './layout'
import { TimelineLegend } from './legend'
import { buildTimeline, outsideTasksLane } from './model'
import type { ScaleMode } from './scale'
import { TimelineChart } from './timeline-chart'
import { TimelineTable } from './timeline-table'
import { useElementWidth } from './use-element-width'

/** Lanes drawn at most (a thousand tasks would be a 34 000 px chart); the table lists them all. */
const maxChartLanes = 40
/** Beyond this many marks a chart is a blur: the table says it better. */
const maxChartItems = 3000

type Props = {
  result: RunResult
  replay?: ReplayController
  onLine?: (line: number) => void
}

function Toggle<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): void
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex rounded-md border border-line bg-page p-0.5"
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className="rounded px-2 py-0.5 text-xs font-medium text-ink-muted aria-pressed:bg-accent aria-pressed:text-on-accent"
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}

export function EventLoopTimeline({ result, replay, onLine }: Props) {
  const model = useMemo(() => buildTimeline(result), [result])
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const [mode, setMode] = useState<ScaleMode>('time')
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box)
  const drawn = useMemo(() => ({ ...model, lanes: model.lanes.slice(0, maxChartLanes) }), [model])
  const layout = useMemo(
    () => (width > 0 ? layoutTimeline(drawn, width, mode) : null),
    [drawn, width, mode],
  )
  const tooMany = (layout?.items.length ?? 0) > maxChartItems
  const tasks = model.lanes.filter((lane) => lane.id !== outsideTasksLane).length
  const summary = `${tasks} ${tasks === 1 ? 'task' : 'tasks'} over ${formatVirtualSeconds(model.end)} of event-loop time`

  if (model.lanes.length === 0) {
    return (
      <p className="px-4 py-2 text-sm text-ink-muted" data-testid="timeline-empty">
        No tasks ran: this program never started an event loop, so there is nothing to draw.
      </p>
    )
  }

  return (
    <div className="px-4 pb-3" data-testid="event-loop-timeline">
      <div className="flex flex-wrap items-center justify-between gap-2 pb-2">
        <p className="text-xs text-ink-muted">{summary}</p>
        <div className="flex flex-wrap gap-2">
          {view === 'chart' && !tooMany && (
            <Toggle<ScaleMode>
              label="Time axis"
              value={mode}
              onChange={setMode}
              options={[
                { value: 'time', label: 'To scale' },
                { value: 'steps', label: 'Every step' },
              ]}
            />
          )}
          <Toggle<'chart' | 'table'>
            label="Show the timeline as"
            value={tooMany ? 'table' : view}
            onChange={setView}
            options={
              tooMany
                ? [{ value: 'table', label: 'Table' }]
                : [
                    { value: 'chart', label: 'Chart' },
                    { value: 'table', label: 'Table' },
                  ]
            }
          />
        </div>
      </div>
      {tooMany && (
        <p className="pb-2 text-xs text-ink-muted">
          This run took {result.timeline.length} event-loop steps: too many to draw, so here is the
          table.
        </p>
      )}
      {!tooMany && view === 'chart' && model.lanes.length > drawn.lanes.length && (
        <p className="pb-2 text-xs text-ink-muted">
          The chart shows the first {drawn.lanes.length} of {model.lanes.length} lanes; the table
          lists every task.
        </p>
      )}
      <div ref={box} className={view === 'chart' && !tooMany ? '' : 'hidden'}>
        {layout && !tooMany && (
          <TimelineChart
            layout={layout}
            label={`Event-loop timeline: ${summary}`}
            replay={replay}
            onLine={onLine}
          />
        )}
      </div>
      {(view === 'table' || tooMany) && (
        <TimelineTable timeline={result.timeline} events={result.events} lanes={model.lanes} />
      )}
      {view === 'chart' && !tooMany && (
        <div className="pt-2">
          <TimelineLegend />
        </div>
      )}
    </div>
  )
}
