/** GET /api/progress → the learner's exercises: attempts, and whether and when they passed. */
import { getDatabase } from '@/lib/server/db'
import { learnerProgress } from '@/lib/server/db/submissions'
import { jsonError, jsonResponse } from '@/lib/server/http'
import { readLearnerId } from '@/lib/server/learner'

export async function handleProgress(request: Request): Promise<Response> {
  const learnerId = readLearnerId(request)
  // No cookie: nothing was ever stored for this browser, and nothing is created by looking.
  if (!learnerId) return jsonResponse({ exercises: [] })
  try {
    return jsonResponse({ exercises: await learnerProgress(await getDatabase(), learnerId) })
  } catch (error) {
    console.error('[looplab] could not read progress:', error)
    return jsonError(503, 'storage-unavailable', 'Progress cannot be read right now.', {
      headers: { 'retry-after': '10' },
    })
  }
}
