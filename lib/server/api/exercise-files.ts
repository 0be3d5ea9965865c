/**
 * GET /api/exercises/<id>/checks and /solution: what the page fetches only when it needs it — the
 * checks and probes when the learner first clicks Check (the probes run beside their code in the
 * page's worker, the checks in a separate judge worker), the solution once they have tried and
 * confirmed. None is in the lesson's HTML or JavaScript.
 */
import { findExercise } from '@/lib/server/exercises'
import { jsonError, jsonResponse } from '@/lib/server/http'

export type ExerciseFile = 'checks' | 'solution'

export async function handleExerciseFile(id: string, file: ExerciseFile): Promise<Response> {
  const lookup = await findExercise(id)
  if (!lookup.found) {
    return jsonError(404, 'unknown-exercise', `There is no exercise "${id}".`, {
      details: { suggestions: lookup.suggestions },
    })
  }
  const { exercise } = lookup
  return file === 'checks'
    ? jsonResponse({ id: exercise.id, checks: exercise.checks, probes: exercise.probes })
    : jsonResponse({ id: exercise.id, solution: exercise.solution })
}
