'use client'

/**
 * "Open in workspace": a terminal and files for this code, in a WebContainer. The button is all
 * the page carries; the dialog, xterm and the boot load on the first click, and the WebContainer
 * API only once a boot is possible — nothing of it in the first load. If the dialog itself cannot
 * load (offline before it was ever fetched), the button says so rather than showing nothing.
 */
import { useState, type ComponentType } from 'react'
import type { WorkspaceTarget } from './workspace-target'

type DialogComponent = ComponentType<{ target: WorkspaceTarget; onClose(): void }>
let loaded: DialogComponent | null = null

async function loadDialog(): Promise<DialogComponent> {
  loaded ??= (await import('./workspace-dialog')).WorkspaceDialog
  return loaded
}

type Opening =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'open'; target: WorkspaceTarget; Dialog: DialogComponent }
  | { kind: 'failed'; message: string }

export function OpenWorkspaceButton({
  target,
  className,
}: {
  /** Read when the button is pressed: the files as they are then. */
  target: () => WorkspaceTarget
  className?: string
}) {
  const [opening, setOpening] = useState<Opening>({ kind: 'closed' })
  const open = async () => {
    const chosen = target()
    setOpening({ kind: 'loading' })
    try {
      const Dialog = await loadDialog()
      setOpening({ kind: 'open', target: chosen, Dialog })
    } catch {
      const message = navigator.onLine
        ? 'The workspace could not load from this site: try again.'
        : 'You are offline: the workspace could not load. Run works in the page.'
      setOpening({ kind: 'failed', message })
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={() => void open()}
        className={className}
        data-testid="open-workspace"
        aria-haspopup="dialog"
      >
        {opening.kind === 'loading' ? 'Opening…' : 'Open in workspace'}
      </button>
      {opening.kind === 'failed' && (
        <span role="alert" className="text-xs text-danger" data-testid="workspace-load-failed">
          {opening.message}
        </span>
      )}
      {opening.kind === 'open' && (
        <opening.Dialog target={opening.target} onClose={() => setOpening({ kind: 'closed' })} />
      )}
    </>
  )
}
