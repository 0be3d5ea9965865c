/**
 * What grading takes and gives. A grade needs only plain data — the exercise's id, its checks'
 * source and its probes' — so the browser can fetch them on demand and grade in its own workers,
 * while the CLI and the server pass the full definition loaded from content/.
 */
import { z } from 'zod'
import type { GradeResult, RunResult } from '../types'
import { exerciseIdPattern } from './exercise-schema'

export { exerciseIdPattern }

/** The least an engine needs to grade: extra fields (title, prompt…) are allowed and ignored. */
export const GradeRequestDataSchema = z.looseObject({
  id: z.string().regex(exerciseIdPattern, 'an exercise id is kebab-case').describe('exercise id'),
  checks: z
    .string()
    .min(1, 'checks.py is empty')
    .describe("the source of the exercise's checks.py (the judge's side)"),
  probes: z
    .string()
    .min(1, 'probes.py is empty')
    .nullable()
    .describe("the source of the exercise's probes.py (runs beside the learner's code), or null"),
})
export type GradeRequestData = z.infer<typeof GradeRequestDataSchema>

/** One known wrong answer: the grade's first failing test must say exactly `message`. */
export type WrongAnswer = {
  /** Path inside the exercise folder, e.g. "wrong/sequential.py". */
  file: string
  /** For authors: what the code gets wrong. */
  why: string
  /** The learner-facing message the grader must give. */
  message: string
  /** The wrong answer's source. */
  code: string
}

/** Where an exercise lives: content/<chapter>/<lesson>/exercises/<id>/. */
export type ExerciseEntry = { id: string; lessonId: string; dir: string }

/** An exercise folder, read and validated (runtime/src/grade/README.md). */
export type ExerciseDefinition = GradeRequestData & {
  title: string
  /** `<chapter-slug>/<lesson-slug>` of the lesson whose exercises/ folder holds it. */
  lessonId: string
  dir: string
  prompt: string
  starter: string
  solution: string
  hints: string[]
  wrong: WrongAnswer[]
}

/** A grade together with the run it judged (what the program printed, its timeline…). */
export type GradeRun = { grade: GradeResult; run: RunResult }
