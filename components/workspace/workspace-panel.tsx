'use client'

/**
 * A workspace: files and the editor on one side, the terminal on the other — or, while it boots,
 * its phases with their times, and when it cannot start, why, with "Run it here instead". Run
 * sends the files through the WebContainer engine and shows the same output panel as a sandbox
 * (diff against the lesson, timeline).
 */
import type { RunResult } from '@looplab/runtime'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { OutputPanel } from '@/components/sandbox/output-panel'
import { useTimelinePreference } from '@/components/sandbox/use-timeline-preference'
import { WorkspaceShell } from '@/lib/workspace/shell'
import { createWebContainerEngine } from '@/lib/workspace/webcontainer-engine'
import { BootProgress } from './boot-progress'
import { exerciseFolder } from './exercise-folder'
import { FileTabs } from './file-tabs'
import { TerminalView, type TerminalHandle } from './terminal-view'
import { useWorkspaceBoot } from './use-workspace-boot'
import { useWorkspaceFiles } from './use-workspace-files'
import { WorkspaceFallback } from './workspace-fallback'
import type { WorkspaceTarget } from './workspace-target'

function greeting(target: WorkspaceTarget): string {
  const grade = target.exercise ? `Grade it: looplab grade ${target.exercise.id} main.py\n` : ''
  return `LoopLab workspace — python FILE runs on LoopLab's virtual clock. Type help.\n${grade}`
}

export function WorkspacePanel({ target }: { target: WorkspaceTarget }) {
  const { state, retry } = useWorkspaceBoot(
    target.id,
    () => target.files,
    async () => (target.exercise ? exerciseFolder(target.exercise) : undefined),
  )
  const container = state.kind === 'ready' ? state.container : null
  const workspace = useWorkspaceFiles(target.id, target.files, container, target.onPageFileChange)
  const [active, setActive] = useState('main.py')
  const [result, setResult] = useState<{ run: RunResult; id: number } | null>(null)
  const [running, setRunning] = useState(false)
  const [timelineOpen, setTimelineOpen] = useTimelinePreference()
  const terminal = useRef<TerminalHandle | null>(null)
  const shell = useRef<WorkspaceShell | null>(null)

  const engine = useMemo(
    () => (container ? createWebContainerEngine({ container, workspace: target.id }) : null),
    [container, target.id],
  )
  useEffect(() => () => void engine?.dispose(), [engine])

  useEffect(() => {
    if (!container || !terminal.current) return
    const created = new WorkspaceShell(container, target.id, terminal.current)
    shell.current = created
    created.start(greeting(target))
    void created.run('python main.py')
    return () => {
      created.dispose()
      shell.current = null
    }
    // The shell lives as long as the container; the target's callbacks are read when used.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, target.id])

  const run = useCallback(async () => {
    if (!engine || running) return
    setRunning(true)
    try {
      await workspace.flush()
      const run = await engine.run(workspace.files, { entry: 'main.py' })
      setResult((last) => ({ run, id: (last?.id ?? 0) + 1 }))
    } finally {
      setRunning(false)
    }
  }, [engine, running, workspace])

  return (
    <div
      className="grid min-h-0 flex-1 gap-0 md:grid-cols-2"
      data-workspace={target.id}
      data-state={state.kind}
    >
      <section
        aria-label="Files"
        className="flex min-h-64 flex-col border-b border-line md:border-r md:border-b-0"
      >
        <FileTabs
          files={workspace.files}
          active={active in workspace.files ? active : 'main.py'}
          onSelect={setActive}
          onEdit={workspace.edit}
          onRun={() => void run()}
        />
        {!workspace.saved && (
          <p className="border-t border-line px-3 py-1 text-xs text-ink-muted">
            This browser would not save the workspace’s files: they last until the page closes.
          </p>
        )}
      </section>
      <section aria-label="Terminal" className="flex min-h-64 flex-col">
        {state.kind === 'booting' && <BootProgress phases={state.phases} />}
        {state.kind === 'unavailable' && (
          <WorkspaceFallback
            error={state.error}
            onRunHere={() => target.onRunHere(workspace.files)}
            onRetry={retry}
          />
        )}
        {state.kind === 'ready' && (
          <>
            <div className="flex items-center gap-2 border-b border-line px-3 py-1">
              <button
                type="button"
                onClick={() => void run()}
                aria-disabled={running}
                data-testid="workspace-run"
                className="rounded-md bg-accent px-3 py-0.5 text-sm font-semibold text-on-accent aria-disabled:opacity-60"
              >
                Run main.py
              </button>
              <button
                type="button"
                onClick={() => engine?.interrupt()}
                aria-disabled={!running}
                className="rounded-md border border-line px-3 py-0.5 text-sm aria-disabled:text-ink-muted"
              >
                Stop
              </button>
              <span className="truncate text-xs text-ink-muted">
                Started in{' '}
                {(state.phases.reduce((sum, p) => sum + (p.ms ?? 0), 0) / 1000).toFixed(1)} s
              </span>
            </div>
            <div className="min-h-48 flex-1 p-1">
              <TerminalView
                ref={terminal}
                label={`Terminal of the workspace ${target.title}`}
                onData={(data) => shell.current?.type(data)}
                onResize={(cols, rows) => shell.current?.resize(cols, rows)}
              />
            </div>
            {result && (
              <div className="max-h-72 overflow-auto border-t border-line">
                <OutputPanel
                  result={result.run}
                  runId={result.id}
                  example={target.example}
                  file="main.py"
                  timelineOpen={timelineOpen}
                  onTimelineOpenChange={setTimelineOpen}
                />
              </div>
            )}
          </>
        )}
      </section>
    </div>
  )
}
