'use client'

/**
 * Check, in the page's own Python: fetch the exercise's checks and probes (first time only), run
 * the code and the probes in the page-wide runtime's queue (so it never collides with a sandbox's
 * run), have the page's judge — a worker that never runs learner code — grade what happened, show
 * the grade at once, and record the attempt: locally now, on the server (which grades it again
 * itself) in the background.
 */
import type { GradeRun } from '@looplab/runtime'
import { useCallback, useRef, useState } from 'react'
import { pageRuntime } from '@/components/sandbox/runtime/page-runtime'
import type { WorkTicket } from '@/components/sandbox/runtime/runtime-store'
import { useRuntimeSnapshot, type RunPhase } from '@/components/sandbox/runtime/use-runtime'
import { exerciseChecks } from './exercise-files'
import { pageJudge } from './page-judge'
import { pageProgress } from './progress/page-progress'

export const exerciseFile = 'main.py'

export function useExerciseCheck(exerciseId: string) {
  const runtime = useRuntimeSnapshot()
  const [graded, setGraded] = useState<GradeRun | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [fetching, setFetching] = useState(false)
  const [ticketId, setTicketId] = useState<number | null>(null)
  const ticket = useRef<WorkTicket<GradeRun> | null>(null)

  const check = useCallback(
    async (code: string) => {
      if (ticket.current || fetching) return
      setProblem(null)
      // Like a file saved by an editor: a program ends with a newline (tracebacks quote lines).
      const source = code.endsWith('\n') ? code : `${code}\n`
      let files: Awaited<ReturnType<typeof exerciseChecks>>
      setFetching(true)
      try {
        files = await exerciseChecks(exerciseId)
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error))
        return
      } finally {
        setFetching(false)
      }
      const judge = pageJudge() // boots while the code runs
      judge.catch(() => undefined) // its failure is reported below, with the grade
      const program = { [exerciseFile]: source }
      const next = pageRuntime().enqueue(async (engine) => {
        const { judgeObserved } = await import('@looplab/runtime')
        const observed = await engine.observe(program, files.probes, { entry: exerciseFile })
        return judgeObserved(await judge, files.checks, program, exerciseFile, observed)
      })
      ticket.current = next
      setTicketId(next.id)
      const outcome = await next.outcome
      ticket.current = null
      setTicketId(null)
      if (outcome.kind === 'finished') {
        setGraded(outcome.value)
        pageProgress().recordCheck(exerciseId, source, outcome.value.grade.status === 'pass')
      } else if (outcome.kind === 'unavailable') {
        setProblem(outcome.message)
      }
    },
    [exerciseId, fetching],
  )

  const stop = useCallback(() => ticket.current?.stop(), [])

  let phase: RunPhase = fetching ? 'starting' : 'idle'
  if (ticketId !== null) {
    if (runtime.active?.id === ticketId) phase = runtime.active.phase
    else if (runtime.queued.includes(ticketId)) phase = 'queued'
    else phase = 'starting'
  }
  return { phase, status: runtime.status, graded, problem, check, stop }
}
