/**
 * The one grading function behind the browser, `looplab grade` and `POST /api/grade`: a learner's
 * code and an exercise's checks go to an engine, a GradeResult comes back. The logic lives in the
 * Python harness (grading/), so every engine grades alike.
 */
import type { Engine } from '../engine'
import type { GradeResult, RunLimits } from '../types'
import { GradeRequestDataSchema, type GradeRequestData, type GradeRun } from './types'

export type GradeOptions = {
  /** Limits for the program and the checks' probes together (wallMs default: 10 s). */
  limits?: Partial<RunLimits>
  /** The file name tracebacks show for the learner's code (default "main.py"). */
  entry?: string
}

/** Largest submission graded: far more than any exercise needs, small enough to stay fast. */
export const maxSubmissionBytes = 256 * 1024

export class SubmissionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SubmissionError'
  }
}

export async function gradeSubmission(
  engine: Engine,
  exercise: GradeRequestData,
  code: string,
  options: GradeOptions = {},
): Promise<GradeResult> {
  return (await gradeSubmissionRun(engine, exercise, code, options)).grade
}

/** Like gradeSubmission, with the run it judged (output, timeline) for a UI to show beside it. */
export async function gradeSubmissionRun(
  engine: Engine,
  exercise: GradeRequestData,
  code: string,
  options: GradeOptions = {},
): Promise<GradeRun> {
  const data = GradeRequestDataSchema.parse(exercise)
  if (typeof code !== 'string') throw new SubmissionError('the submission must be text')
  if (new TextEncoder().encode(code).length > maxSubmissionBytes) {
    throw new SubmissionError(`the submission is over ${maxSubmissionBytes / 1024} KiB`)
  }
  const entry = options.entry ?? 'main.py'
  return engine.grade({ [entry]: code }, data.checks, { entry, limits: options.limits })
}
