/** The body of POST /api/grade: `{ exercise, code }`, nothing else. */
import { z } from 'zod'

export const GradeBodySchema = z
  .object({
    exercise: z.string().min(1).max(100).describe('the exercise id, e.g. "kitchen-timers"'),
    code: z.string().describe("the learner's Python source"),
  })
  .strict()

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')
}
