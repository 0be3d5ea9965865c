/**
 * exercise.json, strictly: the title the site shows, hints revealed one at a time, and the known
 * wrong answers each with the exact message the grader must give (README.md, "Exercises").
 */
import { z } from 'zod'

/** An exercise's id: its folder's name, kebab-case, unique across the course. */
export const exerciseIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const WrongAnswerMetaSchema = z
  .object({
    file: z
      .string()
      .regex(/^wrong\/[a-z0-9]+(?:-[a-z0-9]+)*\.py$/, 'must be "wrong/<kebab-case>.py"')
      .describe('the wrong answer, in the exercise folder'),
    why: z.string().trim().min(1).describe('for authors: what this code gets wrong'),
    message: z
      .string()
      .trim()
      .min(1)
      .describe("the learner-facing message: exactly the grade's first failing test's message"),
  })
  .strict()

export const ExerciseJsonSchema = z
  .object({
    title: z.string().trim().min(1).describe('the exercise title'),
    hints: z
      .array(z.string().trim().min(1))
      .min(1, 'give at least one hint')
      .describe('revealed one at a time, gentle first'),
    wrong: z
      .array(WrongAnswerMetaSchema)
      .describe('known wrong answers the checks must reject, each with its message'),
  })
  .strict()
export type ExerciseJson = z.infer<typeof ExerciseJsonSchema>
