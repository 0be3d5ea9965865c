'use client'

/**
 * A workspace's boot, as the panel shows it: each phase with the time it took, then ready (the
 * container), or unavailable with the reason. Retrying after "StackBlitz unreachable" can skip the
 * check and boot anyway.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BootPhase } from '@/lib/workspace/boot'
import type { Container } from '@/lib/workspace/container-port'
import type { ExerciseFolder } from '@/lib/workspace/mounted-tree'
import { WorkspaceUnavailable } from '@/lib/workspace/unavailable'
import type { WorkspaceFiles } from '@/lib/workspace/workspace-files'
import { openWorkspace } from './workspace-session'

export type PhaseRow = { phase: BootPhase; ms: number | null }

export type BootState =
  | { kind: 'booting'; phases: PhaseRow[] }
  | { kind: 'ready'; container: Container; phases: PhaseRow[] }
  | { kind: 'unavailable'; error: WorkspaceUnavailable; phases: PhaseRow[] }

function asUnavailable(error: unknown): WorkspaceUnavailable {
  if (error instanceof WorkspaceUnavailable) return error
  return new WorkspaceUnavailable(
    'boot-failed',
    error instanceof Error ? error.message : String(error),
  )
}

export function useWorkspaceBoot(
  workspace: string,
  files: () => WorkspaceFiles,
  exercise: () => Promise<ExerciseFolder | undefined>,
) {
  const [state, setState] = useState<BootState>({ kind: 'booting', phases: [] })
  const [attempt, setAttempt] = useState({ count: 0, skipReach: false })
  const latest = useRef({ files, exercise })
  useEffect(() => {
    latest.current = { files, exercise }
  })

  useEffect(() => {
    let live = true
    const rows: PhaseRow[] = []
    const show = () => live && setState((now) => ({ ...now, phases: [...rows] }))
    void (async () => {
      try {
        const booted = await openWorkspace({
          workspace,
          files: latest.current.files(),
          exercise: latest.current.exercise,
          skipReach: attempt.skipReach,
          onPhase: (event) => {
            const row = rows.find((r) => r.phase === event.phase)
            if (event.state === 'started' && !row) rows.push({ phase: event.phase, ms: null })
            if (event.state === 'done' && row) row.ms = event.ms
            show()
          },
        })
        const phases = booted.phases.map(({ phase, ms }) => ({ phase, ms }))
        if (live) setState({ kind: 'ready', container: booted.container, phases })
      } catch (error) {
        if (live) setState({ kind: 'unavailable', error: asUnavailable(error), phases: [...rows] })
      }
    })()
    return () => void (live = false)
  }, [workspace, attempt])

  const retry = useCallback((skipReach: boolean) => {
    setState({ kind: 'booting', phases: [] })
    setAttempt((now) => ({ count: now.count + 1, skipReach }))
  }, [])
  return { state, retry }
}
