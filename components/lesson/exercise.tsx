import type { ReactNode } from 'react'
import { ExerciseProvider } from '@/components/exercise/exercise-context'
import { ExerciseStarterSlot } from '@/components/exercise/exercise-starter-slot'
import { SolvedBadge } from '@/components/exercise/progress-marks'
import { CopyButton } from '@/components/ui/copy-button'
import { IslandBoundary } from '@/components/ui/island-boundary'
import { getCourse } from '@/lib/course'
import { exerciseHints } from '@/lib/server/exercise-hints'
import type { Exercise as ExerciseData } from '@looplab/runtime/content'

export type ExerciseSummary = Pick<ExerciseData, 'id' | 'title' | 'lessonId' | 'starter'>

/**
 * An exercise, rendered from its folder at build time: the prompt, then the starter code
 * (children, via the remark plugin), which becomes the live workbench — editor, Check, grade,
 * hints, solution — once the page runs. Checks and solution are fetched only when needed.
 */
export function Exercise({
  exercise,
  children,
}: {
  exercise: ExerciseSummary
  children?: ReactNode
}) {
  const titleId = `exercise-${exercise.id}-title`
  return (
    <section
      id={`exercise-${exercise.id}`}
      data-exercise={exercise.id}
      data-lesson={exercise.lessonId}
      aria-labelledby={titleId}
      className="my-8 scroll-mt-20 rounded-lg border border-accent/40 bg-accent-soft/40 px-4 py-4 sm:px-5"
    >
      <div className="not-prose flex items-center justify-between gap-2">
        <p className="text-xs font-semibold tracking-wider text-accent uppercase">Exercise</p>
        <SolvedBadge exerciseId={exercise.id} />
      </div>
      <h3 id={titleId} className="mt-1! mb-3!">
        {exercise.title}
      </h3>
      <IslandBoundary label="This exercise">
        <ExerciseScope exercise={exercise}>
          <div className="min-w-0 [&>:last-child]:mb-0">{children}</div>
        </ExerciseScope>
      </IslandBoundary>
    </section>
  )
}

/** Gives the starter block inside what the workbench needs (the hints are read at build time). */
async function ExerciseScope({
  exercise,
  children,
}: {
  exercise: ExerciseSummary
  children: ReactNode
}) {
  const dir = (await getCourse()).exercises[exercise.id]?.dir
  const hints = dir ? await exerciseHints(dir) : []
  return <ExerciseProvider value={{ ...exercise, hints }}>{children}</ExerciseProvider>
}

/** The file the learner starts from (starter.py), highlighted at build time; live once hydrated. */
export function ExerciseStarter({ code, children }: { code: string; children?: ReactNode }) {
  const fallback = (
    <div
      className="not-prose example-frame mt-4 overflow-hidden rounded-lg border border-line bg-surface"
      data-testid="exercise-starter"
    >
      <div className="flex items-center justify-between gap-2 border-b border-line px-3 py-1.5">
        <span className="font-mono text-xs text-ink-muted">starter.py</span>
        <CopyButton text={code} />
      </div>
      {children}
    </div>
  )
  return <ExerciseStarterSlot fallback={fallback} staticCode={children} />
}
