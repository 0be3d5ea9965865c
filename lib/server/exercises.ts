/**
 * Exercises as the server sees them: loaded from content/ on first request and kept — in
 * production for the life of the server (content cannot change under a build), in development
 * only for a second, so an author's edit shows on the next Check.
 */
import { contentDir } from '@/lib/content-dir'
import { loadExercise, UnknownExerciseError, type ExerciseDefinition } from '@looplab/runtime/grade'

export type ExerciseLookup =
  { found: true; exercise: ExerciseDefinition } | { found: false; suggestions: string[] }

const keepMs = process.env.NODE_ENV === 'production' ? Infinity : 1000
const cache = new Map<string, { at: number; loading: Promise<ExerciseLookup> }>()

export function findExercise(id: string): Promise<ExerciseLookup> {
  const now = Date.now()
  const kept = cache.get(id)
  if (kept && now - kept.at < keepMs) return kept.loading
  const loading = load(id)
  cache.set(id, { at: now, loading })
  // Only answers are kept: a content error is retried by the next request.
  loading.catch(() => cache.delete(id))
  return loading
}

async function load(id: string): Promise<ExerciseLookup> {
  try {
    return { found: true, exercise: await loadExercise(contentDir(), id) }
  } catch (error) {
    if (error instanceof UnknownExerciseError)
      return { found: false, suggestions: error.suggestions }
    throw error
  }
}
