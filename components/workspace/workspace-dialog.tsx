'use client'

/**
 * The workspace in a modal dialog over the page (its own chunk: loaded when a learner opens a
 * workspace, with xterm and the boot logic; the WebContainer API itself loads later still, only
 * when a boot can happen). Escape or Close returns to the page.
 */
import { useEffect, useRef } from 'react'
import { CloseIcon } from '@/components/ui/icons'
import { WorkspacePanel } from './workspace-panel'
import type { WorkspaceFiles } from '@/lib/workspace/workspace-files'
import type { WorkspaceTarget } from './workspace-target'

export function WorkspaceDialog({ target, onClose }: { target: WorkspaceTarget; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  const runHere = (files: WorkspaceFiles) => {
    onClose()
    target.onRunHere(files)
  }
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-label={`Workspace: ${target.title}`}
      data-testid="workspace-dialog"
      className="m-auto flex h-[min(90vh,48rem)] w-[min(96vw,80rem)] flex-col overflow-hidden rounded-lg border border-line bg-surface p-0 text-ink backdrop:bg-black/50"
    >
      <div className="flex min-h-10 items-center justify-between gap-2 border-b border-line px-3">
        <h2 className="truncate text-sm font-semibold">Workspace: {target.title}</h2>
        <button
          type="button"
          onClick={onClose}
          className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs text-ink-muted hover:text-ink"
        >
          <CloseIcon className="size-3.5" />
          Close
        </button>
      </div>
      <WorkspacePanel target={{ ...target, onRunHere: runHere }} />
    </dialog>
  )
}
