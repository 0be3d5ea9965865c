/**
 * A learner's exercise progress as the browser keeps it: per exercise, how many times it was
 * checked and when it was first solved. Local marks and the server's are merged as a union — an
 * exercise solved anywhere stays solved — so the page works offline and across reloads alike.
 */
export type ExerciseMark = {
  attempts: number
  /** ISO time of the first pass, or null while unsolved. */
  completedAt: string | null
}

export type ProgressMap = Readonly<Record<string, ExerciseMark>>

/** What GET /api/progress answers. */
export type ServerProgress = {
  exercises: { exercise: string; attempts: number; passed: boolean; completedAt: string | null }[]
}

// Checked by hand, not with zod: this runs on every page, and zod would double its script.
function isMark(value: unknown): value is ExerciseMark {
  if (typeof value !== 'object' || value === null) return false
  const { attempts, completedAt } = value as Record<string, unknown>
  return (
    Number.isInteger(attempts) &&
    (attempts as number) >= 0 &&
    (completedAt === null || typeof completedAt === 'string')
  )
}

export function parseServerProgress(value: unknown): ServerProgress | null {
  const exercises = (value as { exercises?: unknown } | null)?.exercises
  if (!Array.isArray(exercises)) return null
  const valid = exercises.every(
    (entry: unknown) =>
      isMark(entry) && typeof (entry as { exercise?: unknown }).exercise === 'string',
  )
  return valid ? (value as ServerProgress) : null
}

export function fromServer(progress: ServerProgress): ProgressMap {
  const map: Record<string, ExerciseMark> = {}
  for (const entry of progress.exercises) {
    map[entry.exercise] = { attempts: entry.attempts, completedAt: entry.completedAt }
  }
  return map
}

/** Anything stored that is not a valid map counts as no progress (never a crash). */
export function parseStoredProgress(raw: string | null): ProgressMap {
  if (!raw) return {}
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
    return Object.values(value).every(isMark) ? (value as ProgressMap) : {}
  } catch {
    return {}
  }
}

export function mergeProgress(a: ProgressMap, b: ProgressMap): ProgressMap {
  const merged: Record<string, ExerciseMark> = { ...a }
  for (const [id, mark] of Object.entries(b)) {
    const mine = merged[id]
    merged[id] = mine
      ? {
          attempts: Math.max(mine.attempts, mark.attempts),
          completedAt: earliest(mine.completedAt, mark.completedAt),
        }
      : mark
  }
  return merged
}

export function withAttempt(map: ProgressMap, id: string, passed: boolean, at: Date): ProgressMap {
  const mark = map[id] ?? { attempts: 0, completedAt: null }
  return {
    ...map,
    [id]: {
      attempts: mark.attempts + 1,
      completedAt: mark.completedAt ?? (passed ? at.toISOString() : null),
    },
  }
}

export function isSolved(map: ProgressMap, id: string): boolean {
  return Boolean(map[id]?.completedAt)
}

function earliest(a: string | null, b: string | null): string | null {
  if (!a) return b
  if (!b) return a
  return Date.parse(a) <= Date.parse(b) ? a : b
}
