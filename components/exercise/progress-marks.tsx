'use client'

/**
 * Progress where the learner looks for it: "Solved" on an exercise, a check beside a lesson whose
 * exercises are all solved (or "1/2" while some are), and the course total on the home page.
 * Nothing renders on the server or before hydration: progress lives in this browser.
 */
import '@/components/sandbox/sandbox.css'
import { CheckIcon } from '@/components/ui/icons'
import { isSolved } from './progress/progress-model'
import { useExerciseMark, useProgress } from './progress/use-progress'

export function SolvedBadge({ exerciseId }: { exerciseId: string }) {
  const mark = useExerciseMark(exerciseId)
  if (!mark?.completedAt) return null
  return (
    <span
      data-testid="exercise-solved"
      className="inline-flex items-center gap-1 rounded-full border border-[var(--sbx-ok)]/50 bg-[var(--sbx-ok-soft)] px-2 py-0.5 text-xs font-semibold text-[var(--sbx-ok)]"
    >
      <CheckIcon className="size-3.5" aria-hidden="true" />
      Solved
    </span>
  )
}

export function LessonProgressMark({ exerciseIds }: { exerciseIds: string[] }) {
  const progress = useProgress()
  if (exerciseIds.length === 0) return null
  const solved = exerciseIds.filter((id) => isSolved(progress, id)).length
  if (solved === 0) return null
  const all = solved === exerciseIds.length
  const label = all ? `exercises solved` : `${solved} of ${exerciseIds.length} exercises solved`
  return (
    <span
      data-testid="lesson-progress"
      data-complete={all || undefined}
      title={label}
      className="ml-auto inline-flex shrink-0 items-center gap-0.5 text-xs font-semibold text-[var(--sbx-ok)]"
    >
      {all ? (
        <CheckIcon className="size-4" aria-hidden="true" />
      ) : (
        <span aria-hidden="true">
          {solved}/{exerciseIds.length}
        </span>
      )}
      <span className="sr-only">({label})</span>
    </span>
  )
}

export function CourseProgressSummary({ exerciseIds }: { exerciseIds: string[] }) {
  const progress = useProgress()
  const solved = exerciseIds.filter((id) => isSolved(progress, id)).length
  if (solved === 0) return null
  return (
    <p data-testid="course-progress" className="mt-2 text-sm font-medium text-[var(--sbx-ok)]">
      You have solved {solved} of {exerciseIds.length} exercises.
    </p>
  )
}
