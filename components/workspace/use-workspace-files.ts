'use client'

/**
 * A workspace's files as the panel edits them: opened from what this browser kept for the
 * workspace and the page's own code, saved on every edit, written into the container (shortly
 * after typing stops), and updated when a program or a command in the terminal changes a file
 * there (fs.watch) — so edits flow both ways.
 */
import { browserStorage } from '@/components/storage/browser-storage'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Container } from '@/lib/workspace/container-port'
import { checkLearnerPath, workspaceFolder } from '@/lib/workspace/paths'
import {
  openingFiles,
  readStoredFiles,
  storeFiles,
  writeWorkspace,
  type WorkspaceFiles,
} from '@/lib/workspace/workspace-files'

const writeDelayMs = 300

export function useWorkspaceFiles(
  workspace: string,
  pageFiles: WorkspaceFiles,
  container: Container | null,
  onPageFileChange?: (path: string, text: string) => void,
) {
  const [files, setFiles] = useState<WorkspaceFiles>(() =>
    openingFiles(readStoredFiles(browserStorage(), workspace), pageFiles),
  )
  const [saved, setSaved] = useState(true)
  const current = useRef(files)
  const pending = useRef(new Map<string, ReturnType<typeof setTimeout>>())
  const latest = useRef(onPageFileChange)
  useEffect(() => {
    latest.current = onPageFileChange
  })

  const apply = useCallback(
    (path: string, text: string) => {
      const next = { ...current.current, [checkLearnerPath(path)]: text }
      current.current = next
      setFiles(next)
      setSaved(storeFiles(browserStorage(), workspace, next))
      if (path in pageFiles) latest.current?.(path, text)
    },
    [workspace, pageFiles],
  )

  const edit = useCallback(
    (path: string, text: string) => {
      apply(path, text)
      if (!container) return
      clearTimeout(pending.current.get(path))
      pending.current.set(
        path,
        setTimeout(() => {
          pending.current.delete(path)
          void writeWorkspace(container, workspace, { [path]: text }).catch(() => undefined)
        }, writeDelayMs),
      )
    },
    [apply, container, workspace],
  )

  useEffect(() => {
    if (!container) return
    const folder = workspaceFolder(workspace)
    void writeWorkspace(container, workspace, current.current).catch(() => undefined)
    const watcher = container.fs.watch(folder, { recursive: true }, (_event, name) => {
      const path = typeof name === 'string' ? name : new TextDecoder().decode(name)
      // Only the learner's own files: not an exercise's folder, not what is being typed now.
      if (!(path in current.current) || pending.current.has(path)) return
      void container.fs
        .readFile(`${folder}/${path}`, 'utf-8')
        .then((text) => text !== current.current[path] && apply(path, text))
        .catch(() => undefined)
    })
    const timers = pending.current
    return () => {
      watcher.close()
      for (const timer of timers.values()) clearTimeout(timer)
    }
  }, [container, workspace, apply])

  /** Writes any edit still waiting for its delay (before a run). */
  const flush = useCallback(async () => {
    if (!container) return
    for (const timer of pending.current.values()) clearTimeout(timer)
    pending.current.clear()
    await writeWorkspace(container, workspace, current.current)
  }, [container, workspace])

  return { files, saved, edit, flush }
}
