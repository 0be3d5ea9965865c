'use client'

/**
 * "Open in workspace": a terminal and files for this code, in a WebContainer. The button is all
 * the page carries; the dialog, xterm and the boot load on the first click (lazy), and the
 * WebContainer API only once a boot is possible — nothing of it in the first load.
 */
import { lazy, Suspense, useState } from 'react'
import type { WorkspaceTarget } from './workspace-target'

const WorkspaceDialog = lazy(() =>
  import('./workspace-dialog').then((module) => ({ default: module.WorkspaceDialog })),
)

export function OpenWorkspaceButton({
  target,
  className,
}: {
  /** Read when the button is pressed: the files as they are then. */
  target: () => WorkspaceTarget
  className?: string
}) {
  const [open, setOpen] = useState<WorkspaceTarget | null>(null)
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(target())}
        className={className}
        data-testid="open-workspace"
        aria-haspopup="dialog"
      >
        Open in workspace
      </button>
      {open && (
        <Suspense
          fallback={
            <span role="status" className="text-xs text-ink-muted">
              Opening the workspace…
            </span>
          }
        >
          <WorkspaceDialog target={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  )
}
