'use client'

/**
 * React's view of the page runtime: its status (for the progress bar) and, per sandbox, the state
 * of that sandbox's own run — waiting in the queue, waiting for Python to start, or running.
 */
import type { ProgramFiles, RunOptions } from '@looplab/runtime'
import { useCallback, useRef, useState, useSyncExternalStore } from 'react'
import { pageRuntime } from './page-runtime'
import type { RunOutcome, RunTicket, RuntimeSnapshot, RuntimeStatus } from './runtime-store'

const serverSnapshot: RuntimeSnapshot = { status: { phase: 'idle' }, active: null, queued: [] }

/** Everything about the page's runtime: re-renders on every queue change on the page. */
export function useRuntimeSnapshot(): RuntimeSnapshot {
  const store = pageRuntime()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot)
}

/** Only Python's status (loading, ready, failed): not every run of every sandbox on the page. */
export function useRuntimeStatus(): RuntimeStatus {
  const store = pageRuntime()
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().status,
    () => serverSnapshot.status,
  )
}

export type RunPhase = 'idle' | 'queued' | 'starting' | 'running'

function phaseOf(snapshot: RuntimeSnapshot, ticketId: number | null): RunPhase {
  if (ticketId === null) return 'idle'
  if (snapshot.active?.id === ticketId) return snapshot.active.phase
  return snapshot.queued.includes(ticketId) ? 'queued' : 'idle'
}

export type ProgramRun = {
  phase: RunPhase
  status: RuntimeStatus
  /** Runs (after any run already under way on the page); resolves with how it ended. */
  run(files: ProgramFiles, options?: RunOptions): Promise<RunOutcome>
  /** Stops this sandbox's run, whether it is running or still waiting. */
  stop(): void
}

export function useProgramRun(): ProgramRun {
  const store = pageRuntime()
  const status = useRuntimeStatus()
  const [ticketId, setTicketId] = useState<number | null>(null)
  const ticket = useRef<RunTicket | null>(null)

  const run = useCallback(async (files: ProgramFiles, options?: RunOptions) => {
    ticket.current?.stop()
    const next = pageRuntime().run(files, options)
    ticket.current = next
    setTicketId(next.id)
    const outcome = await next.outcome
    if (ticket.current === next) {
      ticket.current = null
      setTicketId(null)
    }
    return outcome
  }, [])

  const stop = useCallback(() => ticket.current?.stop(), [])

  // A primitive per sandbox: another sandbox's run does not re-render this one.
  const phase = useSyncExternalStore(
    store.subscribe,
    () => phaseOf(store.getSnapshot(), ticketId),
    () => 'idle' as const,
  )
  return { phase, status, run, stop }
}
