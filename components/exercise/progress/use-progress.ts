'use client'

/** React's view of the page's exercise progress (empty on the server and before hydration). */
import { useSyncExternalStore } from 'react'
import { pageProgress } from './page-progress'
import type { ExerciseMark, ProgressMap } from './progress-model'

const nothing: ProgressMap = {}
const subscribe = (listener: () => void) => pageProgress().subscribe(listener)
const snapshot = () => pageProgress().getSnapshot()

export function useProgress(): ProgressMap {
  return useSyncExternalStore(subscribe, snapshot, () => nothing)
}

export function useExerciseMark(id: string): ExerciseMark | null {
  return useProgress()[id] ?? null
}
