'use client'

/**
 * A live sandbox: code (static until the editor is wanted), Run/Stop with the runtime's status,
 * and the output panel once there is a result (the expected output until then). Edits persist in
 * this browser; Reset brings the original back (and can be undone). Lessons' <Example>s use it.
 */
import type { ReactNode } from 'react'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { LessonExample } from '@looplab/runtime/content'
import { CopyButton } from '@/components/ui/copy-button'
import type { CodeEditorHandle } from './editor/code-editor'
import { CodeControls } from './code-controls'
import { ResetIcon } from '@/components/ui/icons'
import { OutputPanel } from './output-panel'
import { prefetchSandboxParts } from './lazy-parts'
import { editorFlags } from './output/editor-flags'
import { preloadWhenIdle } from './runtime/page-runtime'
import { useEditorIntent } from './use-editor-intent'
import { useSavedCode, type SavedCodeState } from './use-saved-code'
import { useSandboxRun } from './use-sandbox-run'
import { useTimelinePreference } from './use-timeline-preference'
import { OpenWorkspaceButton } from '@/components/workspace/open-workspace-button'
import { workspaceIdFromKey } from '@/components/workspace/workspace-id'
import './sandbox.css'

export type SandboxProps = SandboxViewOptions & {
  /** The code the sandbox starts from, and Reset restores. */
  original: string
  /** localStorage key for the learner's edits; null: not kept. */
  storageKey: string | null
}

export type SandboxViewOptions = {
  /** The accessible name of the editor ("Code of example gather-three"). */
  label: string
  /** Left of the header: the example's name, a title. */
  title: ReactNode
  /** The lesson's example, to compare runs with. */
  example?: LessonExample
  staticCode?: ReactNode
  /** Shown until the first run (the lesson's expected output). */
  staticOutput?: ReactNode
  /** More buttons in the header (the playground's Share). */
  actions?: ReactNode
  /** Under the header (the playground's shared-link notice). */
  notice?: ReactNode
  /** Mount the editor at once instead of on the learner's first intent. */
  eager?: boolean
  /** Offer "Open in workspace" (a terminal and files) under this id. */
  workspaceId?: string
}

const file = 'main.py'

export function Sandbox({ original, storageKey, ...options }: SandboxProps) {
  const saved = useSavedCode(storageKey, original)
  const workspaceId = storageKey ? workspaceIdFromKey(storageKey) : undefined
  return <SandboxView saved={saved} original={original} workspaceId={workspaceId} {...options} />
}

/** The sandbox around code state owned by the caller (the playground owns its own). */
export function SandboxView(
  props: SandboxViewOptions & { saved: SavedCodeState; original: string },
) {
  const { saved, original, label, title, example, staticCode, staticOutput } = props
  const { actions, notice, eager = false, workspaceId } = props
  const runner = useSandboxRun(file)
  const [timelineOpen, setTimelineOpen] = useTimelinePreference()
  const [undoCode, setUndoCode] = useState<string | null>(null)
  const editor = useRef<CodeEditorHandle | null>(null)
  const pendingLine = useRef<number | null>(null)
  const hintId = useId()

  useEffect(() => preloadWhenIdle(prefetchSandboxParts), [])

  // A stored edit is shown in the editor at once; the original can stay static until wanted.
  const { live, focusOnMount, want, slotRef } = useEditorIntent({
    mustShow: eager || (saved.loaded && saved.code !== original),
  })
  const flags = useMemo(
    () => (runner.result ? editorFlags(runner.result, file) : []),
    [runner.result],
  )

  // (The output panel's chunk loads alongside the run itself: see useSandboxRun.)
  const run = useCallback(() => void runner.run(saved.code), [runner, saved.code])

  const editorRef = useCallback((handle: CodeEditorHandle | null) => {
    editor.current = handle
    const line = pendingLine.current
    if (handle && line !== null) {
      pendingLine.current = null
      handle.focusLine(line)
    }
  }, [])

  const showLine = useCallback(
    (line: number) => {
      if (editor.current) editor.current.focusLine(line)
      else {
        pendingLine.current = line
        want('show')
      }
    },
    [want],
  )

  const onChange = useCallback(
    (code: string) => {
      setUndoCode(null)
      saved.setCode(code)
    },
    [saved],
  )

  const reset = () => {
    setUndoCode(saved.code)
    saved.reset()
  }
  const undoReset = () => {
    if (undoCode !== null) saved.setCode(undoCode)
    setUndoCode(null)
  }

  const headerButton =
    'inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-ink-muted hover:bg-page hover:text-ink'

  return (
    <div data-sandbox data-run-phase={runner.phase}>
      <div className="flex min-h-9 items-center justify-between gap-2 border-b border-line px-3 py-1">
        <div className="flex min-w-0 items-center gap-2">
          {title}
          {saved.edited && (
            <span
              data-testid="edited-mark"
              className="shrink-0 rounded-full border border-accent/40 bg-accent-soft px-1.5 text-[0.7rem] font-semibold text-accent"
              title={
                saved.saveFailed
                  ? 'This browser would not save your edit'
                  : 'Your edit is saved in this browser'
              }
            >
              edited{saved.saveFailed ? ' (not saved)' : ''}
            </span>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-1">
          {(saved.edited || undoCode !== null) && (
            // One button that turns into "Undo reset" and back, so keyboard focus stays on it.
            <button
              type="button"
              onClick={saved.edited ? reset : undoReset}
              className={headerButton}
              data-testid="reset-button"
            >
              <ResetIcon className={`size-3.5 ${saved.edited ? '' : '-scale-x-100'}`} />
              {saved.edited ? 'Reset' : 'Undo reset'}
            </button>
          )}
          <CopyButton text={saved.code} />
          {workspaceId && (
            <OpenWorkspaceButton
              className={headerButton}
              target={() => ({
                id: workspaceId,
                title: label,
                files: { [file]: saved.code },
                example,
                onPageFileChange: (path, text) => path === file && saved.setCode(text),
                onRunHere: (files) => void runner.run(files[file] ?? saved.code),
              })}
            />
          )}
          {actions}
        </div>
      </div>
      {notice}
      <CodeControls
        editor={{
          live,
          onWant: want,
          focusOnMount,
          staticCode,
          code: saved.code,
          original,
          onChange,
          onRun: run,
          label,
          hintId,
          flags,
          editorRef,
          slotRef,
        }}
        verb="run"
        phase={runner.phase}
        status={runner.status}
        onStop={runner.stop}
        problem={runner.problem}
      />
      <div data-slot="output" aria-busy={runner.phase !== 'idle'}>
        {runner.result ? (
          <div className={runner.phase === 'running' ? 'opacity-60 transition-opacity' : ''}>
            <OutputPanel
              result={runner.result}
              runId={runner.runId}
              example={example}
              file={file}
              onLine={showLine}
              onSummary={runner.setAnnouncement}
              timelineOpen={timelineOpen}
              onTimelineOpenChange={setTimelineOpen}
              fallback={staticOutput}
            />
          </div>
        ) : (
          staticOutput
        )}
      </div>
      <p role="status" className="sr-only" data-testid="sandbox-announcement">
        {runner.announcement}
      </p>
    </div>
  )
}
