'use client'

/**
 * The event-loop timeline, drawn: a lane per task, its running steps (solid), its waits (hatched,
 * labelled with what it awaits), its prints (dots above) and how it ended (✓, ✕, ⊘), on an axis
 * of virtual seconds. Every item is reachable: hover or focus shows its details, the arrow keys
 * move between items, Enter shows an item's line in the editor.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { clipText } from '../output/safe-text'
import type { ReplayController } from '../replay/replay-controller'
import { ChartItemShape, itemBox, laneGeometry } from './chart-item'
import { neighbour, type ChartItem, type ChartLayout } from './layout'
import { Playhead } from './playhead'

type Props = {
  layout: ChartLayout
  label: string
  replay?: ReplayController
  onLine?: (line: number) => void
}

const moveKeys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const
type MoveKey = (typeof moveKeys)[number]
const isMoveKey = (key: string): key is MoveKey => (moveKeys as readonly string[]).includes(key)

/** Waits under steps under markers: a microsecond step must not vanish under the wait after it. */
const layer: Record<ChartItem['kind'], number> = {
  ready: 0,
  waiting: 0,
  running: 1,
  output: 2,
  done: 2,
  cancelled: 2,
  failed: 2,
}
function drawOrder(items: readonly ChartItem[]): number[] {
  return items
    .map((_, index) => index)
    .sort((a, b) => layer[items[a]!.kind] - layer[items[b]!.kind] || a - b)
}

/** Names are already safe (laneTitle); cut to fit, never between a surrogate pair. */
function truncate(text: string, maxChars: number): string {
  return text.length > maxChars ? `${clipText(text, Math.max(1, maxChars - 1)).shown}…` : text
}

export function TimelineChart({ layout, label, replay, onLine }: Props) {
  const id = useId()
  const hatchId = `${id}-hatch`
  const hintId = `${id}-hint`
  const [active, setActive] = useState(0)
  const [shown, setShown] = useState<number | null>(null)
  const elements = useRef(new Map<number, SVGGElement>())
  const { items, lanes, plot, ticks, width, height, labelWidth } = layout
  const current = Math.min(active, Math.max(0, items.length - 1))

  const focusItem = (index: number) => {
    setActive(index)
    elements.current.get(index)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (isMoveKey(event.key)) {
      event.preventDefault()
      focusItem(neighbour(items, current, event.key))
    } else if ((event.key === 'Enter' || event.key === ' ') && onLine) {
      const line = items[current]?.line
      if (line !== undefined) {
        event.preventDefault()
        onLine(line)
      }
    } else if (event.key === 'Escape') {
      setShown(null)
    }
  }

  const tip: ChartItem | undefined = shown === null ? undefined : items[shown]
  const tipLane = tip ? lanes[tip.laneIndex] : undefined
  const maxChars = Math.floor((labelWidth - 12) / 6.8)

  return (
    <div className="relative">
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={label}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        className="sbx-timeline block overflow-visible"
        data-testid="timeline-chart"
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" style={{ fill: 'var(--sbx-waiting)' }} />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              style={{ stroke: 'var(--sbx-waiting-edge)' }}
              strokeWidth="1.2"
              opacity="0.45"
            />
          </pattern>
        </defs>
        {ticks.map((tick, index) => (
          <line
            key={index}
            x1={tick.x}
            x2={tick.x}
            y1={plot.top}
            y2={plot.bottom}
            style={{ stroke: 'var(--sbx-grid)' }}
          />
        ))}
        {lanes.map(({ lane, y, title, subtitle }, index) => {
          const { barCenter } = laneGeometry(y)
          const start = layout.x(lane.createdAt)
          const endMarker = lane.markers.findLast((marker) => marker.kind !== 'output')
          const end = layout.x(endMarker ? endMarker.t : Infinity)
          return (
            <g key={lane.id} data-testid="timeline-lane" data-task={lane.id} data-title={title}>
              {index > 0 && (
                <line x1={0} x2={width} y1={y} y2={y} style={{ stroke: 'var(--sbx-grid)' }} />
              )}
              <text
                x={4}
                y={y + 15}
                style={{ fill: 'var(--ink)', fontSize: 12.5, fontWeight: 600 }}
              >
                <title>{`${title} (${subtitle})`}</title>
                {truncate(title, maxChars)}
              </text>
              <text x={4} y={y + 28} style={{ fill: 'var(--ink-muted)', fontSize: 11 }}>
                {truncate(subtitle, maxChars + 1)}
              </text>
              {lane.id !== 0 && (
                <line
                  x1={start}
                  x2={Math.max(start, end)}
                  y1={barCenter}
                  y2={barCenter}
                  style={{ stroke: 'var(--line)' }}
                  strokeWidth={1}
                />
              )}
            </g>
          )
        })}
        {drawOrder(items).map((index) => {
          const item = items[index]!
          const laneY = lanes[item.laneIndex]?.y ?? 0
          const box = itemBox(item, laneY)
          return (
            <g
              key={item.key}
              ref={(element) => {
                if (element) elements.current.set(index, element)
                else elements.current.delete(index)
              }}
              className="sbx-item cursor-default"
              role="img"
              aria-label={item.description}
              tabIndex={index === current ? 0 : -1}
              data-kind={item.kind}
              data-active={shown === index && index === current ? 'true' : undefined}
              onFocus={() => {
                setActive(index)
                setShown(index)
              }}
              onBlur={() => setShown((value) => (value === index ? null : value))}
              onMouseEnter={() => setShown(index)}
              onMouseLeave={() => setShown((value) => (value === index ? null : value))}
              onClick={() => {
                if (item.line !== undefined && onLine) onLine(item.line)
              }}
            >
              <ChartItemShape item={item} laneY={laneY} hatchId={hatchId} />
              <rect className="sbx-focus-ring" rx={3} {...box} />
            </g>
          )
        })}
        <line
          x1={plot.x0}
          x2={plot.x1}
          y1={plot.bottom + 0.5}
          y2={plot.bottom + 0.5}
          style={{ stroke: 'var(--ink-muted)' }}
        />
        {ticks.map((tick, index) => (
          <g key={index} transform={`translate(${tick.x} ${plot.bottom})`}>
            <line y1={0} y2={4} style={{ stroke: 'var(--ink-muted)' }} />
            <text
              y={16}
              textAnchor={index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}
              style={{ fill: 'var(--ink-muted)', fontSize: 11 }}
              className="tabular-nums"
            >
              {tick.label}
            </text>
          </g>
        ))}
        {replay && <Playhead controller={replay} layout={layout} />}
      </svg>
      {tip && tipLane && (
        <div
          aria-hidden="true"
          data-testid="timeline-tooltip"
          className="pointer-events-none absolute z-10 max-w-72 -translate-y-full rounded-md break-words border border-line bg-page px-2.5 py-1.5 text-xs text-ink shadow-lg"
          style={{
            left: Math.max(0, Math.min(tip.x - 20, width - 288)),
            top: Math.max(0, tipLane.y - 2),
          }}
        >
          {tip.description}
          {tip.line !== undefined && onLine && (
            <span className="mt-0.5 block text-ink-muted">
              Enter or click: show line {tip.line}
            </span>
          )}
        </div>
      )}
      <p id={hintId} className="sr-only">
        Arrow keys move between the items of the chart; Enter shows an item’s line in the editor.
      </p>
    </div>
  )
}
