'use client'

import { ReplayIcon, SkipIcon } from '@/components/ui/icons'
import { formatVirtualSeconds } from '../output/format-time'
import type { ReplayController } from './replay-controller'
import { useReplayValue } from './use-replay'

/**
 * "Replay in real time": the output reappears at the moments the program printed it, as the Go
 * Playground plays back its fake time. While it plays, the same button shows everything at once
 * (focus stays put), and "Skip wait" jumps to the next output.
 */
export function ReplayBar({ controller }: { controller: ReplayController }) {
  const playing = useReplayValue(controller, (state) => state.status === 'playing')
  const elapsed = useReplayValue(controller, (state) =>
    state.status === 'playing' ? state.elapsed : 0,
  )
  const end = controller.getSnapshot().end
  const fraction = end > 0 ? Math.min(1, elapsed / end) : 1
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => (playing ? controller.finish() : controller.play())}
        className="inline-flex items-center gap-1.5 rounded-md border border-line bg-page px-2 py-1 text-xs font-medium hover:border-accent"
        data-testid="replay-button"
      >
        {playing ? <SkipIcon className="size-3.5" /> : <ReplayIcon className="size-3.5" />}
        {playing ? 'Show all now' : 'Replay in real time'}
      </button>
      {playing && (
        <>
          <button
            type="button"
            onClick={() => controller.skipWait()}
            className="rounded-md border border-line bg-page px-2 py-1 text-xs font-medium hover:border-accent"
          >
            Skip wait
          </button>
          <span className="flex items-center gap-2 text-xs text-ink-muted tabular-nums">
            <span
              role="progressbar"
              aria-label="Replay progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(fraction * 100)}
              className="relative h-1.5 w-20 overflow-hidden rounded-full bg-line"
            >
              <span
                className="absolute inset-y-0 left-0 bg-(--sbx-playhead)"
                style={{ width: `${fraction * 100}%` }}
              />
            </span>
            {formatVirtualSeconds(elapsed)} / {formatVirtualSeconds(end)}
          </span>
        </>
      )}
    </div>
  )
}
