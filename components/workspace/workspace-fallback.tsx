'use client'

import type { WorkspaceUnavailable } from '@/lib/workspace/unavailable'

/**
 * Why the workspace could not start — which of the known reasons, in words, and what failed
 * exactly — with the way on: run the same files here in the page, or try again.
 */
export function WorkspaceFallback({
  error,
  onRunHere,
  onRetry,
}: {
  error: WorkspaceUnavailable
  onRunHere(): void
  onRetry(skipReach: boolean): void
}) {
  const canRetry = error.reason !== 'not-isolated' && error.reason !== 'unsupported-browser'
  return (
    <div
      role="alert"
      className="space-y-3 p-4 text-sm"
      data-testid="workspace-fallback"
      data-reason={error.reason}
    >
      <p className="font-semibold text-ink">{error.headline}.</p>
      <p className="text-ink-muted">{error.explanation}</p>
      {error.detail && (
        <p className="font-mono text-xs text-ink-muted" data-testid="workspace-fallback-detail">
          {error.detail}
        </p>
      )}
      <p className="text-ink-muted">
        Your files are kept: the page runs them with its own Python, without a terminal.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onRunHere}
          className="rounded-md bg-accent px-3 py-1 font-semibold text-on-accent hover:opacity-90"
        >
          Run it here instead
        </button>
        {canRetry && (
          <button
            type="button"
            onClick={() => onRetry(error.reason === 'unreachable')}
            className="rounded-md border border-line bg-page px-3 py-1 font-medium text-ink"
          >
            {error.reason === 'unreachable' ? 'Try to boot anyway' : 'Try again'}
          </button>
        )}
      </div>
    </div>
  )
}
