/**
 * The one grading function behind the browser, `looplab grade` and `POST /api/grade`. Two
 * interpreters take part: the runner (an Engine) runs the learner's code and the exercise's
 * probes and only reports what happened; the judge, which never runs learner code, computes the
 * GradeResult from that report — validated first — and the learner's source (README.md).
 */
import type { Engine, Judge } from '../engine'
import type { GradeResult, ProgramFiles, RunLimits } from '../types'
import { engineFailure } from '../engines/results'
import { errorGrade, gradeFromFailedRun, shownRun, stoppedWords } from './grade-words'
import { ObservationSchema } from './observation'
import { firstIssue, type Observed } from './observe-request'
import { GradeRequestDataSchema, type GradeRequestData, type GradeRun } from './types'

export type GradeOptions = {
  /** Limits for the program and the probes together (wallMs default: 10 s). */
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
  runner: Engine,
  judge: Judge,
  exercise: GradeRequestData,
  code: string,
  options: GradeOptions = {},
): Promise<GradeResult> {
  return (await gradeSubmissionRun(runner, judge, exercise, code, options)).grade
}

/** Like gradeSubmission, with the run it judged (output, timeline) for a UI to show beside it. */
export async function gradeSubmissionRun(
  runner: Engine,
  judge: Judge,
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
  const files = { [entry]: code }
  const observed = await runner.observe(files, data.probes, { entry, limits: options.limits })
  return judgeObserved(judge, data.checks, files, entry, observed)
}

/** The second half of grading: an observation, however it was made, to a grade. */
export async function judgeObserved(
  judge: Judge,
  checks: string,
  files: ProgramFiles,
  entry: string,
  observed: Observed,
): Promise<GradeRun> {
  if (observed.kind === 'failed') return gradeFromFailedRun(observed.run, observed)
  // The runner is untrusted whatever engine it is: its report is checked here, not there.
  const parsed = ObservationSchema.safeParse(observed.observation)
  if (!parsed.success) {
    const reason = firstIssue(parsed.error)
    const message = `LoopLab could not grade this submission: the record of its run does not match its code (${reason}).`
    const run = engineFailure(
      `the runner answered with a malformed observation (${reason})`,
      'unknown',
    )
    return { grade: errorGrade(message), run }
  }
  const observation = parsed.data
  const run = shownRun(observation, observed)
  if (observation.run.status === 'interrupted') {
    return { grade: errorGrade(stoppedWords(observation, observed)), run }
  }
  const grade = await judge.judge({ checks, observation, files, entry })
  if (observation.interrupted && grade.status === 'error') {
    // A scenario was cut short: the judge stopped at the first check that needed it.
    return { grade: { ...grade, message: stoppedWords(observation, observed) }, run }
  }
  return { grade, run }
}
