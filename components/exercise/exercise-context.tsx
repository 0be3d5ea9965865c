'use client'

/**
 * What the live parts of an exercise need to know about it. The lesson's <Exercise> provides it;
 * the starter block inside (rendered by the MDX pipeline, which passes only the code) reads it.
 */
import { createContext, use, type ReactNode } from 'react'

export type ExerciseInfo = {
  id: string
  title: string
  lessonId: string
  starter: string
  /** Revealed one at a time, gentlest first. */
  hints: string[]
}

const ExerciseContext = createContext<ExerciseInfo | null>(null)

export function ExerciseProvider({
  value,
  children,
}: {
  value: ExerciseInfo
  children: ReactNode
}) {
  return <ExerciseContext value={value}>{children}</ExerciseContext>
}

export function useExerciseInfo(): ExerciseInfo | null {
  return use(ExerciseContext)
}
