'use client'

import { RunIcon, StopIcon } from '@/components/ui/icons'
import { RuntimeStatusLine } from './runtime-status'
import type { RunPhase } from './runtime/use-runtime'
import type { RuntimeStatus } from './runtime/runtime-store'
import { useDelayedFlag } from './use-delayed-flag'
import { useRunShortcut } from './run-shortcut'

/**
 * Run and Stop, and the status line. Neither button is ever `disabled`: a disabled button drops
 * keyboard focus, so after Enter on Stop the learner would be thrown back to the top of the page.
 * They say they are unavailable with aria-disabled and do nothing then.
 */
export function SandboxToolbar({
  phase,
  status,
  onRun,
  onStop,
  runLabel = 'Run',
}: {
  phase: RunPhase
  status: RuntimeStatus
  onRun(): void
  onStop(): void
  runLabel?: string
}) {
  const busy = phase !== 'idle'
  const showRunning = useDelayedFlag(phase === 'running', 150)
  const shortcut = useRunShortcut()
  return (
    <div className="flex min-h-11 items-center gap-2 border-t border-line px-3 py-1.5">
      <button
        type="button"
        onClick={() => !busy && onRun()}
        aria-disabled={busy}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-testid="run-button"
        className="inline-flex shrink-0 items-center gap-1.5 rounded-md bg-accent px-3 py-1 text-sm font-semibold text-on-accent hover:opacity-90 aria-disabled:cursor-default aria-disabled:opacity-60"
      >
        <RunIcon className="size-3.5" />
        {runLabel}
      </button>
      <button
        type="button"
        onClick={() => busy && onStop()}
        aria-disabled={!busy}
        data-testid="stop-button"
        className="inline-flex shrink-0 items-center gap-1.5 rounded-md border border-line bg-page px-3 py-1 text-sm font-medium text-ink hover:border-danger aria-disabled:cursor-default aria-disabled:text-ink-muted aria-disabled:hover:border-line"
      >
        <StopIcon className="size-3" />
        Stop
      </button>
      <div className="min-w-0 flex-1 pl-1">
        <RuntimeStatusLine
          status={status}
          phase={phase}
          showRunning={showRunning}
          shortcut={shortcut}
        />
      </div>
    </div>
  )
}
