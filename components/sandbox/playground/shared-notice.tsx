'use client'

import type { SharedLinkState } from './use-shared-link'

const button =
  'rounded-md border border-line bg-page px-2 py-0.5 text-xs font-medium text-ink hover:border-accent'

/** What happened to a shared link, and the way back to the learner's own code. */
export function SharedNotice({
  state,
  onBack,
  onRestore,
  onDismiss,
}: {
  state: SharedLinkState
  onBack(): void
  onRestore(): void
  onDismiss(): void
}) {
  if (state.kind === 'none') return null
  const frame = 'flex flex-wrap items-center gap-2 border-b border-line px-3 py-2 text-sm'
  if (state.kind === 'error') {
    return (
      <div role="alert" className={`${frame} bg-(--sbx-danger-soft)`} data-testid="shared-notice">
        <span className="text-danger">Could not open the shared program: {state.message}</span>
        <span className="text-ink">Your own code is unchanged.</span>
        <button type="button" onClick={onDismiss} className={button}>
          Dismiss
        </button>
      </div>
    )
  }
  if (state.kind === 'shown') {
    return (
      <div role="status" className={`${frame} bg-note-soft`} data-testid="shared-notice">
        <span className="text-ink">
          This program came from a shared link. <strong>It has not run</strong>: read it first, then
          press Run.
        </span>
        <button type="button" onClick={onBack} className={button}>
          Back to your own code
        </button>
      </div>
    )
  }
  if (!state.earlier) return null
  return (
    <div role="status" className={`${frame} bg-note-soft`} data-testid="shared-notice">
      <span className="text-ink">
        The shared program is now your playground code. Your earlier code was kept aside.
      </span>
      <button type="button" onClick={onRestore} className={button}>
        Restore your earlier code
      </button>
      <button type="button" onClick={onDismiss} className={button}>
        Dismiss
      </button>
    </div>
  )
}
