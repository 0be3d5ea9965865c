/**
 * Exercises, first: the model solution must run cleanly on Pyodide. The grading checks (the
 * solution passes, the starter fails, each wrong answer gets its message) are their own kinds
 * beside this one (exercise-grade-checks.ts).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { judgeSolutionRun } from '../judge-run'
import { generousWallMs } from './example-checks'
import type { CheckKind, VerifyCheck } from '../types'

export const exerciseSolutionChecks: CheckKind = {
  kind: 'exercise-solution',
  plan({ course, exerciseIds }) {
    return exerciseIds.flatMap((id): VerifyCheck[] => {
      const exercise = course.exercises[id]
      if (!exercise) return []
      const file = path.join(exercise.dir, 'solution.py')
      return [
        {
          kind: 'exercise-solution',
          id: `exercise:${id}:solution`,
          title: `exercise "${id}": solution.py runs cleanly on pyodide`,
          file,
          lessonId: exercise.lessonId,
          engine: 'pyodide-node',
          async run({ engines }) {
            const code = await readFile(file, 'utf8').catch(() => null)
            if (code === null) {
              return {
                problems: [{ kind: 'message', text: 'missing: every exercise needs solution.py' }],
              }
            }
            return judgeSolutionRun(
              await engines.run(
                'pyodide-node',
                { 'solution.py': code },
                { entry: 'solution.py', limits: { wallMs: generousWallMs } },
              ),
            )
          },
        },
      ]
    })
  },
}
