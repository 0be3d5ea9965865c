'use client'

/**
 * The workspace's files as tabs over the editor — the same CodeMirror editor as the sandboxes —
 * and a button to add a file (a module to import, a data file).
 */
import { createElement, useEffect, useState } from 'react'
import type { CodeEditor } from '@/components/sandbox/editor/code-editor'
import { loadCodeEditor, loadedCodeEditor } from '@/components/sandbox/lazy-parts'
import { checkLearnerPath } from '@/lib/workspace/paths'
import type { WorkspaceFiles } from '@/lib/workspace/workspace-files'

export function FileTabs({
  files,
  active,
  onSelect,
  onEdit,
  onRun,
}: {
  files: WorkspaceFiles
  active: string
  onSelect(path: string): void
  onEdit(path: string, text: string): void
  onRun(): void
}) {
  const [editor, setEditor] = useState<typeof CodeEditor | null>(loadedCodeEditor)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (!editor) void loadCodeEditor().then((loaded) => setEditor(() => loaded))
  }, [editor])

  const addFile = () => {
    const name = window.prompt('New file name (for example helpers.py):')?.trim()
    if (!name) return
    try {
      checkLearnerPath(name)
    } catch (error) {
      return setProblem((error as Error).message)
    }
    if (name in files) return onSelect(name)
    setProblem(null)
    onEdit(name, '')
    onSelect(name)
  }

  const paths = Object.keys(files).sort((a, b) =>
    a === 'main.py' ? -1 : b === 'main.py' ? 1 : a.localeCompare(b),
  )
  return (
    <div className="flex min-h-0 flex-col">
      <div
        role="tablist"
        aria-label="Files"
        className="flex flex-wrap items-center gap-1 border-b border-line px-2 py-1"
      >
        {paths.map((path) => (
          <button
            key={path}
            type="button"
            role="tab"
            aria-selected={path === active}
            onClick={() => onSelect(path)}
            className="rounded px-2 py-0.5 font-mono text-xs text-ink-muted aria-selected:bg-accent-soft aria-selected:text-ink"
          >
            {path}
          </button>
        ))}
        <button
          type="button"
          onClick={addFile}
          className="rounded px-2 py-0.5 text-xs text-ink-muted hover:text-ink"
        >
          + New file
        </button>
        {problem && <span className="text-xs text-danger">{problem}</span>}
      </div>
      <div role="tabpanel" className="min-h-0 flex-1 overflow-auto" data-testid="workspace-editor">
        {editor ? (
          createElement(editor, {
            key: active,
            value: files[active] ?? '',
            onChange: (text: string) => onEdit(active, text),
            onRun,
            label: `File ${active} of the workspace`,
          })
        ) : (
          <pre className="shiki p-3 font-mono text-sm">{files[active] ?? ''}</pre>
        )}
      </div>
    </div>
  )
}
