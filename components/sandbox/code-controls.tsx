'use client'

import { EditorSlot, type EditorSlotProps } from './editor-slot'
import type { RuntimeStatus } from './runtime/runtime-store'
import type { RunPhase } from './runtime/use-runtime'
import { SandboxToolbar } from './sandbox-toolbar'

/**
 * What every live code box shares — an example's sandbox, the playground, an exercise: the code
 * (static until wanted, then the editor), the keyboard hint screen readers hear, Run or Check
 * with Stop and the runtime's status, and what went wrong with the runtime itself, if anything.
 */
export function CodeControls({
  editor,
  verb,
  phase,
  status,
  onStop,
  problem,
}: {
  editor: EditorSlotProps
  /** What the main button does to the code. */
  verb: 'run' | 'check'
  phase: RunPhase
  status: RuntimeStatus
  onStop(): void
  problem: string | null
}) {
  return (
    <>
      <EditorSlot {...editor} />
      <p id={editor.hintId} className="sr-only">
        Ctrl+Enter or Command+Enter {verb}s the code. Press Escape, then Tab, to leave the editor.
      </p>
      <SandboxToolbar
        phase={phase}
        status={status}
        onRun={editor.onRun}
        onStop={onStop}
        runLabel={verb === 'check' ? 'Check' : 'Run'}
      />
      {problem && (
        <p role="alert" className="border-t border-line px-4 py-2 text-sm text-danger">
          {problem}
        </p>
      )}
    </>
  )
}
