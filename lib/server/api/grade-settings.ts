/** Limits of POST /api/grade, from the environment (defaults suit one learner clicking Check). */
import type { Environment } from '@/lib/server/environment'
import { RateLimiter } from '@/lib/server/rate-limit'

export const maxGradeBodyBytes = 64 * 1024

function readNumber(env: Environment, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, not ${JSON.stringify(raw)}`)
  }
  return value
}

let limiter: RateLimiter | null = null

/** One bucket per client: LOOPLAB_GRADE_BURST at once, then LOOPLAB_GRADE_RATE per second. */
export function gradeRateLimiter(env: Environment = process.env): RateLimiter {
  limiter ??= new RateLimiter({
    burst: readNumber(env, 'LOOPLAB_GRADE_BURST', 20),
    perSecond: readNumber(env, 'LOOPLAB_GRADE_RATE', 0.5),
  })
  return limiter
}
