'use client'

/**
 * React's view of the page runtime: its status (for the progress bar) and, per sandbox, the state
 * of that sandbox's own run — waiting in the queue, waiting for Python to start, or running.
 */
import type { ProgramFiles, RunOptions } from '@looplab/runtime'
import { useCallback, useRef, useState, useSyncExternalStore } from 'react'
import { pageRuntime } from './page-runtime'
import type { RunOutcome, RunTicket, RuntimeSnapshot } from './runtime-store'

const serverSnapshot: RuntimeSnapshot = { status: { phase: 'idle' }, active: null, queued: [] }

export function useRuntimeSnapshot(): RuntimeSnapshot {
  const store = pageRuntime()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot)
}

export type RunPhase = 'idle' | 'queued' | 'starting' | 'running'

export type ProgramRun = {
  phase: RunPhase
  runtime: RuntimeSnapshot
  /** Runs (after any run already under way on the page); resolves with how it ended. */
  run(files: ProgramFiles, options?: RunOptions): Promise<RunOutcome>
  /** Stops this sandbox's run, whether it is running or still waiting. */
  stop(): void
}

export function useProgramRun(): ProgramRun {
  const runtime = useRuntimeSnapshot()
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

  let phase: RunPhase = 'idle'
  if (ticketId !== null) {
    if (runtime.active?.id === ticketId) phase = runtime.active.phase
    else if (runtime.queued.includes(ticketId)) phase = 'queued'
  }
  return { phase, runtime, run, stop }
}
