import type { ChartItem } from './layout'
import { barHeight, laneHeight } from './layout'

/** Vertical placement within a lane: prints sit above the bar, outcomes just after it. */
export function laneGeometry(laneY: number) {
  const barTop = laneY + (laneHeight - barHeight) / 2 + 4
  return { barTop, barCenter: barTop + barHeight / 2, markerY: barTop - 5 }
}

const paint = (name: string) => `var(--${name})`

/** The shapes of one chart item (no interactivity: the chart wraps it in a focusable group). */
export function ChartItemShape({
  item,
  laneY,
  hatchId,
}: {
  item: ChartItem
  laneY: number
  hatchId: string
}) {
  const { barTop, barCenter, markerY } = laneGeometry(laneY)
  switch (item.kind) {
    case 'ready':
      return (
        <>
          <rect x={item.x} y={barTop} width={item.width} height={barHeight} fill="transparent" />
          <line
            x1={item.x}
            x2={item.x + item.width}
            y1={barCenter}
            y2={barCenter}
            style={{ stroke: paint('sbx-ready') }}
            strokeWidth={1.5}
            strokeDasharray="3 3"
          />
        </>
      )
    case 'running':
      return (
        <rect
          x={item.x}
          y={barTop}
          width={item.width}
          height={barHeight}
          rx={1.5}
          style={{ fill: paint('sbx-running') }}
        />
      )
    case 'waiting':
      return (
        <>
          <rect
            x={item.x}
            y={barTop + 0.5}
            width={item.width}
            height={barHeight - 1}
            rx={1.5}
            style={{ fill: `url(#${hatchId})`, stroke: paint('sbx-waiting-edge') }}
            strokeWidth={1}
          />
          {item.label && (
            <text
              x={item.x + 5}
              y={barCenter + 3.8}
              style={{ fill: paint('sbx-waiting-ink'), fontSize: 11 }}
              className="font-mono"
            >
              {item.label}
            </text>
          )}
          {item.unfinished && (
            <path
              d={`M${item.x + item.width + 3} ${barTop + 2} l5 ${barHeight / 2 - 2} l-5 ${barHeight / 2 - 2}`}
              fill="none"
              style={{ stroke: paint('sbx-waiting-edge') }}
              strokeWidth={1.5}
            />
          )}
        </>
      )
    case 'output':
      return (
        <>
          <line
            x1={item.x}
            x2={item.x}
            y1={markerY + 3}
            y2={barTop}
            style={{ stroke: paint(item.stderr ? 'danger' : 'sbx-print') }}
            strokeWidth={1}
          />
          <circle
            cx={item.x}
            cy={markerY}
            r={item.count > 1 ? 4.5 : 3.5}
            style={{
              fill: paint(item.stderr ? 'danger' : 'sbx-print'),
              stroke: paint('surface'),
            }}
            strokeWidth={item.count > 1 ? 2 : 1}
          />
        </>
      )
    case 'done':
      return (
        <g transform={`translate(${item.x + 7} ${barCenter})`}>
          <circle r={5.5} style={{ fill: paint('sbx-ok') }} />
          <path
            d="M-2.6 0.2 L-0.7 2.2 L2.8 -1.9"
            fill="none"
            style={{ stroke: paint('surface') }}
            strokeWidth={1.6}
          />
        </g>
      )
    case 'failed':
      return (
        <g transform={`translate(${item.x + 7} ${barCenter})`}>
          <circle r={5.5} style={{ fill: paint('danger') }} />
          <path
            d="M-2.2 -2.2 L2.2 2.2 M2.2 -2.2 L-2.2 2.2"
            style={{ stroke: paint('surface') }}
            strokeWidth={1.6}
          />
        </g>
      )
    case 'cancelled':
      return (
        <g transform={`translate(${item.x + 7} ${barCenter})`}>
          <circle
            r={5}
            style={{ fill: paint('surface'), stroke: paint('pitfall') }}
            strokeWidth={1.6}
          />
          <path d="M-3.3 3.3 L3.3 -3.3" style={{ stroke: paint('pitfall') }} strokeWidth={1.6} />
        </g>
      )
  }
}

/** The box a focus ring is drawn around. */
export function itemBox(item: ChartItem, laneY: number) {
  const { barTop, barCenter, markerY } = laneGeometry(laneY)
  if (item.kind === 'output')
    return { x: item.x - 6, y: markerY - 6, width: 12, height: barTop - markerY + 7 }
  if (item.kind === 'done' || item.kind === 'failed' || item.kind === 'cancelled') {
    return { x: item.x, y: barCenter - 8, width: 15, height: 16 }
  }
  return { x: item.x - 2, y: barTop - 2, width: item.width + 4, height: barHeight + 4 }
}
