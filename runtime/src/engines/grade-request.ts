/**
 * The engine side of grading, shared by every engine: `grade(files, checks, options)` is a run
 * request with a `grade` key (runtime/python/PROTOCOL.md, "Grade requests"), answered with the run
 * and its GradeResult. An engine that fails, or a wall-clock stop, still yields a GradeResult with
 * status `error` and plain words — never a rejection.
 */
import type { GradeRun } from '../grade/types'
import { HarnessGradeAnswerSchema } from '../grade/types'
import type { GradeResult, ProgramFiles, RunOptions, RunResult } from '../types'
import { prepareRun, type HarnessRequest } from './harness-request'
import { asWallTimeLimit, describe, engineFailure } from './results'

/** The program plus every function the checks call: more than one run's worth of real time. */
export const defaultGradeWallMs = 10_000

export type HarnessGradeRequest = HarnessRequest & { grade: { checks: string } }
export type PreparedGrade = { request: HarnessGradeRequest; wallMs: number }

/** Throws (a caller's bug) for a bad shape; grading always runs on virtual time. */
export function prepareGrade(
  files: ProgramFiles,
  checks: string,
  options: RunOptions = {},
): PreparedGrade {
  if (typeof checks !== 'string' || checks.trim() === '') {
    throw new TypeError('grade(): checks must be the non-empty source of checks.py')
  }
  if (options.realtime) throw new TypeError('grade(): grading runs on virtual time, not realtime')
  const limits = { wallMs: defaultGradeWallMs, ...options.limits }
  const prepared = prepareRun(files, { ...options, limits })
  return { request: { ...prepared.request, grade: { checks } }, wallMs: prepared.wallMs }
}

export type GradeStop = { timedOut: boolean; wallMs: number }

/** The harness's JSON answer; a malformed one becomes an error grade naming the problem. */
export function parseHarnessGrade(json: string, python: string, stop: GradeStop): GradeRun {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return gradeFromFailedRun(
      engineFailure(`the harness answered with invalid JSON (${describe(error)})`, python),
    )
  }
  const parsed = HarnessGradeAnswerSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? `${issue.path.join('.') || 'answer'}: ${issue.message}` : 'unknown shape'
    return gradeFromFailedRun(
      engineFailure(`the harness answered with a malformed grade (${where})`, python),
    )
  }
  const { grade, interrupted } = parsed.data
  const run = stop.timedOut ? asWallTimeLimit(parsed.data.run, stop.wallMs) : parsed.data.run
  if (!interrupted) return { grade, run }
  const message = stop.timedOut
    ? wallLimitWords(stop.wallMs, parsed.data.run.status === 'interrupted')
    : 'Grading was interrupted before it finished.'
  return { grade: { ...grade, status: 'error', message }, run }
}

/** A run that never reached the checks (engine failure, forced stop): an error grade. */
export function gradeFromFailedRun(run: RunResult, stop?: GradeStop): GradeRun {
  const grade: GradeResult = {
    version: 3,
    status: 'error',
    message: failureWords(run, stop),
    tests: [],
  }
  return { grade, run }
}

function failureWords(run: RunResult, stop?: GradeStop): string {
  if (run.status === 'time-limit') return wallLimitWords(stop?.wallMs ?? null, true)
  if (run.status === 'interrupted') return 'Grading was interrupted before it finished.'
  const reason = run.stderr.trim().replace(/^LoopLab: /, '')
  return `Your code could not be graded: ${reason || 'the Python runtime failed.'}`
}

function wallLimitWords(wallMs: number | null, inProgram: boolean): string {
  const span = wallMs === null ? 'too long' : `for ${wallMs / 1000} s of real time`
  const who = inProgram ? 'Your program' : 'A function of yours that the checks called'
  return (
    `${who} ran ${span} without finishing, so grading stopped. ` +
    'A loop that never awaits or sleeps keeps the CPU busy for ever.'
  )
}
