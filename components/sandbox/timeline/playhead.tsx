'use client'

import type { ReplayController } from '../replay/replay-controller'
import { useReplayValue } from '../replay/use-replay'
import type { ChartLayout } from './layout'

/**
 * During a replay: a line at the current virtual time, and a veil over what has not happened
 * yet, so the chart fills in as the output appears. Redrawn alone, every frame.
 */
export function Playhead({
  controller,
  layout,
}: {
  controller: ReplayController
  layout: ChartLayout
}) {
  const elapsed = useReplayValue(controller, (state) =>
    state.status === 'playing' ? state.elapsed : -1,
  )
  if (elapsed < 0) return null
  const x = layout.x(elapsed)
  const { top, bottom } = layout.plot
  return (
    <g pointerEvents="none" data-testid="timeline-playhead">
      <rect
        x={x}
        y={top}
        width={Math.max(0, layout.width - x)}
        height={bottom - top}
        style={{ fill: 'var(--surface)' }}
        opacity={0.72}
      />
      <line
        x1={x}
        x2={x}
        y1={top - 4}
        y2={bottom + 4}
        style={{ stroke: 'var(--sbx-playhead)' }}
        strokeWidth={2}
      />
    </g>
  )
}
