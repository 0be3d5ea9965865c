'use client'

/**
 * Everything a run produced, in one panel: how it ended (badge, the runtime's note), whether it
 * matches the lesson (or a diff), how long it took in event-loop time and in real time, its output
 * with virtual timestamps (replayable in real time), the runtime's hints, and the event-loop
 * timeline. Loaded lazily with the first result. Exercises reuse it without `example`.
 */
import type { RunResult } from '@looplab/runtime'
import { memo, useEffect, useMemo } from 'react'
import type { LessonExample } from '@looplab/runtime/content'
import { ChevronIcon } from '@/components/ui/icons'
import { ReplayBar } from '../replay/replay-bar'
import { useReplayController, useReplayValue } from '../replay/use-replay'
import { IslandBoundary } from '@/components/ui/island-boundary'
import { EventLoopTimeline } from '../timeline/event-loop-timeline'
import { ComparisonDetails, MatchBadge } from './comparison-view'
import { consoleLines, withoutNote } from './console-lines'
import { ConsoleView } from './console-view'
import { DiagnosticsList } from './diagnostics-list'
import { describeDuration } from './format-time'
import { matchLesson, type LessonMatch } from './lesson-match'
import { RuntimeNoteCallout } from './runtime-note-callout'
import { splitRuntimeNote } from './runtime-note'
import { StatusBadge, statusLabel } from './status-badge'

export type RunOutputProps = {
  result: RunResult
  /** Tells runs apart (data-run), for tests and the live region. */
  runId?: number
  /** The lesson's example to compare with; none in the playground. */
  example?: LessonExample | null
  file?: string
  onLine?: (line: number) => void
  /** Told a one-sentence summary of each result, for the sandbox's live region. */
  onSummary?: (summary: string) => void
  timelineOpen: boolean
  onTimelineOpenChange(open: boolean): void
}

function matchWords(match: LessonMatch | null): string {
  if (!match || match.kind === 'not-compared') return ''
  return match.kind === 'matches' ? ' Matches the lesson.' : ' Differs from the lesson.'
}

/** Memoised: the sandbox re-renders as a run is queued, starts and ends; the panel need not. */
export const RunOutput = memo(function RunOutput(props: RunOutputProps) {
  const { result, runId, example, file = 'main.py', onLine, onSummary } = props
  const { timelineOpen, onTimelineOpenChange } = props
  const match = useMemo(() => (example ? matchLesson(example, result) : null), [example, result])
  const { note } = useMemo(() => splitRuntimeNote(result), [result])
  const replay = useReplayController(result.events, result.virtualSeconds)
  const shown = useReplayValue(replay, (state) => state.shown)
  const replaying = useReplayValue(replay, (state) => state.status === 'playing')
  const allLines = useMemo(
    () => withoutNote(consoleLines(result.events), note),
    [result.events, note],
  )
  const lines = useMemo(
    () =>
      shown === result.events.length
        ? allLines
        : withoutNote(consoleLines(result.events.slice(0, shown)), note),
    [result.events, shown, note, allLines],
  )
  const duration = describeDuration(result.virtualSeconds, result.wallMs)
  const diagnostics = note
    ? result.diagnostics.filter((diagnostic) => diagnostic.code !== 'deadlock')
    : result.diagnostics

  useEffect(() => {
    onSummary?.(`${statusLabel(result)}.${matchWords(match)} ${duration}.`)
  }, [onSummary, result, match, duration])

  return (
    <section
      aria-label="Run output"
      data-testid="run-output"
      data-status={result.status}
      data-run={runId}
      className="border-t border-line"
    >
      <div className="flex flex-wrap items-center gap-2 px-4 pt-2.5">
        <StatusBadge result={result} />
        {match && <MatchBadge match={match} />}
        <span className="text-xs text-ink-muted" data-testid="run-duration">
          {duration}
        </span>
        <div className="ml-auto">
          <ReplayBar controller={replay} />
        </div>
      </div>
      {note && <RuntimeNoteCallout status={result.status} note={note} onLine={onLine} />}
      {match && <ComparisonDetails match={match} />}
      <ConsoleView
        lines={lines}
        runSeconds={result.virtualSeconds}
        file={file}
        onLine={onLine}
        replay={replaying ? { lines: allLines.length } : null}
      />
      <DiagnosticsList diagnostics={diagnostics} onLine={onLine} />
      <div className="mt-2 border-t border-line">
        <button
          type="button"
          aria-expanded={timelineOpen}
          onClick={() => onTimelineOpenChange(!timelineOpen)}
          className="flex w-full items-center gap-1.5 px-4 py-2 text-left text-xs font-semibold text-ink-muted hover:text-ink"
        >
          <ChevronIcon
            className={`size-3.5 transition-transform ${timelineOpen ? 'rotate-90' : ''}`}
          />
          Event loop
        </button>
        {timelineOpen && (
          <IslandBoundary label="The timeline">
            <EventLoopTimeline result={result} replay={replay} onLine={onLine} />
          </IslandBoundary>
        )}
      </div>
    </section>
  )
})
