'use client'

/**
 * Where an exercise's starter.py is in the lesson: the live workbench once the page runs, the
 * highlighted starter (server-rendered, the no-JavaScript view) until then.
 */
import type { ReactNode } from 'react'
import { useExerciseInfo } from './exercise-context'
import { ExerciseWorkbench } from './exercise-workbench'

export function ExerciseStarterSlot({
  fallback,
  staticCode,
}: {
  fallback: ReactNode
  staticCode: ReactNode
}) {
  const exercise = useExerciseInfo()
  if (!exercise) return fallback
  return <ExerciseWorkbench exercise={exercise} staticCode={staticCode} />
}
