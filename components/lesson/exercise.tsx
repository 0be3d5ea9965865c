import type { ReactNode } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import type { Exercise as ExerciseData } from '@/runtime/src/content'

export type ExerciseSummary = Pick<ExerciseData, 'id' | 'title' | 'lessonId' | 'starter'>

/**
 * An exercise, rendered from its folder at build time: the prompt, then the starter code
 * (children, via the remark plugin). Grading makes it live; `exercise` carries what that needs.
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
      <p className="not-prose text-xs font-semibold tracking-wider text-accent uppercase">
        Exercise
      </p>
      <h3 id={titleId} className="mt-1! mb-3!">
        {exercise.title}
      </h3>
      <div className="min-w-0 [&>:last-child]:mb-0">{children}</div>
    </section>
  )
}

/** The file the learner starts from (starter.py), highlighted at build time. */
export function ExerciseStarter({ code, children }: { code: string; children?: ReactNode }) {
  return (
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
}
