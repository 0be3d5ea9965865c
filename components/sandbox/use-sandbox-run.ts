'use client'

/**
 * A sandbox's runs: sends its code to the page's Python, keeps the last result (the output stays
 * on screen while the next run goes), and words for the live region.
 */
import type { RunResult } from '@looplab/runtime'
import { useCallback, useRef, useState } from 'react'
import { loadRunOutputPanel } from './lazy-parts'
import { useProgramRun } from './runtime/use-runtime'

export function useSandboxRun(file = 'main.py') {
  const program = useProgramRun()
  const [result, setResult] = useState<RunResult | null>(null)
  const [runId, setRunId] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const busy = useRef(false)
  const { run: runProgram, stop } = program

  const run = useCallback(
    async (code: string) => {
      if (busy.current) return
      busy.current = true
      setProblem(null)
      setAnnouncement('Running…')
      try {
        // Like a file saved by an editor: a program ends with a newline (tracebacks quote lines).
        const source = code.endsWith('\n') ? code : `${code}\n`
        // The panel's module loads alongside (usually long since prefetched); a failure to load
        // it falls back to the lazy panel, never loses the result.
        const [outcome] = await Promise.all([
          runProgram({ [file]: source }, { entry: file }),
          loadRunOutputPanel().catch(() => null),
        ])
        if (outcome.kind === 'finished') {
          setResult(outcome.result)
          setRunId((id) => id + 1)
        } else if (outcome.kind === 'unavailable') {
          setProblem(outcome.message)
          setAnnouncement(outcome.message)
        } else {
          setAnnouncement('Run cancelled before it started.')
        }
      } finally {
        busy.current = false
      }
    },
    [file, runProgram],
  )

  return {
    phase: program.phase,
    status: program.status,
    result,
    runId,
    problem,
    announcement,
    setAnnouncement,
    run,
    stop,
  }
}
