'use client'

import type { RunPhase } from './runtime/use-runtime'
import type { RuntimeStatus } from './runtime/runtime-store'
import { pageRuntime } from './runtime/page-runtime'

/**
 * One line beside Run that says what is going on: Python loading (a real progress bar, fed by
 * the engine's download and boot), this sandbox's run waiting its turn or running, or why
 * Python could not start (with a retry).
 */
export function RuntimeStatusLine({
  status,
  phase,
  showRunning,
  shortcut,
}: {
  status: RuntimeStatus
  phase: RunPhase
  showRunning: boolean
  shortcut: string
}) {
  if (status.phase === 'failed') {
    return (
      <span
        className="flex min-w-0 items-center gap-2 text-xs text-danger"
        data-testid="runtime-status"
      >
        <span className="truncate">Python could not start: {status.message}</span>
        <button
          type="button"
          onClick={() => pageRuntime().preload()}
          className="shrink-0 rounded-md border border-line bg-page px-2 py-0.5 font-medium text-ink"
        >
          Try again
        </button>
      </span>
    )
  }
  if (status.phase === 'starting') {
    const percent = Math.round(status.fraction * 100)
    const label = status.restart ? 'Restarting Python' : 'Loading Python'
    return (
      <span
        className="flex min-w-0 items-center gap-2 text-xs text-ink-muted"
        data-testid="runtime-status"
      >
        <span
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${status.message} ${percent}%`}
          className="relative h-1.5 w-24 shrink-0 overflow-hidden rounded-full bg-line"
        >
          <span
            className="absolute inset-y-0 left-0 rounded-full bg-accent transition-[width] duration-200"
            style={{ width: `${Math.max(3, percent)}%` }}
          />
        </span>
        <span className="truncate">
          {phase === 'starting' ? 'Runs as soon as Python is ready · ' : ''}
          {status.message}
        </span>
      </span>
    )
  }
  const text =
    phase === 'queued'
      ? 'Waiting for another example on this page to finish…'
      : phase === 'running' && showRunning
        ? 'Running…'
        : null
  return (
    // Wraps rather than cuts: on a phone the hint takes two lines (it was cut off at the edge).
    <span className="block text-xs leading-snug text-ink-muted" data-testid="runtime-status">
      {text ?? (
        <>
          or press{' '}
          <kbd className="rounded border border-line bg-page px-1 font-sans">{shortcut}</kbd> in the
          editor
        </>
      )}
    </span>
  )
}
