/**
 * An exercise's hints, for its lesson page (read at build time). Hints are not secret — they are
 * revealed one at a time for the learner's sake — so, unlike checks and the solution, they ship
 * with the page. A folder whose exercise.json is broken shows no hints; `looplab verify` and the
 * grader report the problem itself.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ExerciseJsonSchema } from '@looplab/runtime'

export async function exerciseHints(dir: string): Promise<string[]> {
  try {
    const meta: unknown = JSON.parse(await readFile(path.join(dir, 'exercise.json'), 'utf8'))
    const hints = ExerciseJsonSchema.shape.hints.safeParse((meta as { hints?: unknown }).hints)
    return hints.success ? hints.data : []
  } catch {
    return []
  }
}
