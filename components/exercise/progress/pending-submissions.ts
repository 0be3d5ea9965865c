/**
 * Checks graded in the browser whose server copy has not been recorded yet (offline, the server
 * busy or rate-limiting): kept in localStorage and sent again later, oldest first. Bounded, so a
 * long offline session cannot fill the storage quota: the oldest are dropped first.
 */
export type PendingSubmission = { exercise: string; code: string; at: string }

function isPending(value: unknown): value is PendingSubmission {
  if (typeof value !== 'object' || value === null) return false
  const { exercise, code, at } = value as Record<string, unknown>
  return typeof exercise === 'string' && typeof code === 'string' && typeof at === 'string'
}

export const maxPending = 50
const maxPendingChars = 512 * 1024

export function parsePending(raw: string | null): PendingSubmission[] {
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) && value.every(isPending) ? value : []
  } catch {
    return []
  }
}

export function withPending(
  list: PendingSubmission[],
  entry: PendingSubmission,
): PendingSubmission[] {
  const next = [...list, entry]
  while (next.length > maxPending || size(next) > maxPendingChars) next.shift()
  return next
}

function size(list: PendingSubmission[]): number {
  return list.reduce((total, entry) => total + entry.code.length + entry.exercise.length + 40, 0)
}
