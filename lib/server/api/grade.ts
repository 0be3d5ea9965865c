/**
 * POST /api/grade {exercise, code} → GradeResult. Cheap refusals first (rate, size, shape, unknown
 * exercise), then a grading process from the pool, then the submission is stored for the learner
 * (a storage failure is logged and reported in a header; the learner still gets the grade).
 */
import { clientKey } from '@/lib/server/client-key'
import { getDatabase } from '@/lib/server/db'
import { recordSubmission } from '@/lib/server/db/submissions'
import { findExercise } from '@/lib/server/exercises'
import { getGradingService, GraderUnavailableError, PoolSaturatedError } from '@/lib/server/grading'
import { jsonError, jsonResponse } from '@/lib/server/http'
import { learnerCookie, newLearnerId, readLearnerId } from '@/lib/server/learner'
import { readJsonBody } from '@/lib/server/read-body'
import type { GradeRequestData } from '@looplab/runtime'
import type { GradeResult } from '@looplab/runtime'
import { describeIssues, GradeBodySchema } from './grade-body'
import { gradeRateLimiter, maxGradeBodyBytes } from './grade-settings'

export const submissionHeader = 'x-looplab-submission'

export async function handleGrade(request: Request): Promise<Response> {
  const rate = gradeRateLimiter().take(clientKey(request))
  if (!rate.allowed) {
    const seconds = rate.retryAfterSeconds
    return jsonError(429, 'rate-limited', `Too many grading requests: try again in ${seconds} s.`, {
      headers: { 'retry-after': String(seconds) },
      details: { retryAfterSeconds: seconds },
    })
  }
  const body = await readJsonBody(request, maxGradeBodyBytes)
  if (!body.ok) return jsonError(body.status, body.error, body.message)
  const parsed = GradeBodySchema.safeParse(body.value)
  if (!parsed.success) {
    const why = describeIssues(parsed.error)
    return jsonError(400, 'bad-body', `Expected {"exercise": string, "code": string} (${why}).`)
  }
  const { exercise: id, code } = parsed.data
  const lookup = await findExercise(id)
  if (!lookup.found) {
    const hint = lookup.suggestions.length ? ` Did you mean ${lookup.suggestions.join(', ')}?` : ''
    return jsonError(400, 'unknown-exercise', `There is no exercise "${id}".${hint}`, {
      details: { suggestions: lookup.suggestions },
    })
  }
  // Opening the database (the first time) overlaps with grading.
  const database = getDatabase()
  database.catch(() => {})

  // Known first: a learner's code runs only in processes that run nobody else's.
  const known = readLearnerId(request)
  const learnerId = known ?? newLearnerId()
  const { checks, probes } = lookup.exercise
  const graded = await gradeInPool(learnerId, { id, checks, probes }, code)
  if (graded instanceof Response) return graded

  const headers = new Headers()
  if (!known) headers.set('set-cookie', learnerCookie(learnerId, request))
  try {
    const grade = graded
    const submission = await recordSubmission(await database, {
      learnerId,
      exerciseId: id,
      code,
      grade,
    })
    headers.set(submissionHeader, String(submission))
  } catch (error) {
    console.error('[looplab] could not store a submission:', error)
    headers.set(submissionHeader, 'unsaved')
  }
  return jsonResponse(graded, { headers })
}

async function gradeInPool(
  learnerId: string,
  exercise: GradeRequestData,
  code: string,
): Promise<GradeResult | Response> {
  try {
    const service = await getGradingService()
    return await service.grade(learnerId, exercise, code)
  } catch (error) {
    if (error instanceof PoolSaturatedError) {
      const seconds = error.retryAfterSeconds
      return jsonError(503, 'busy', `Every grader is busy: try again in ${seconds} s.`, {
        headers: { 'retry-after': String(seconds) },
        details: { retryAfterSeconds: seconds },
      })
    }
    const reason = error instanceof GraderUnavailableError ? error.message : String(error)
    console.error('[looplab] grading unavailable:', error)
    return jsonError(503, 'grader-unavailable', `Grading is unavailable right now (${reason}).`, {
      headers: { 'retry-after': '10' },
    })
  }
}
