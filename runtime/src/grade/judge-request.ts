/**
 * The engine side of judging (runtime/python/PROTOCOL.md, "Observe and judge requests"):
 * `{ judge: { checks, observation, files, entry } }`, answered with `{ grade }` by an interpreter
 * that never runs learner code. A judge engine that fails or runs out of time still answers with a
 * GradeResult (status `error`), never a rejection.
 */
import { describe } from '../engines/results'
import { GradeResultSchema, type GradeResult, type RunResult } from '../types'
import { firstIssue } from './observe-request'
import { JudgeAnswerSchema, type JudgeRequest } from './observation'
import { errorGrade } from './grade-words'

/** Checks are the exercise's own code, on data of bounded size: far less than this. */
export const defaultJudgeWallMs = 10_000

export type PreparedJudge = { request: { judge: JudgeRequest }; wallMs: number }
export type JudgeStop = { timedOut: boolean; wallMs: number }

/** Throws (a caller's bug) when the request cannot be judged at all. */
export function prepareJudge(request: JudgeRequest, wallMs = defaultJudgeWallMs): PreparedJudge {
  if (typeof request.checks !== 'string' || request.checks.trim() === '') {
    throw new TypeError('judge(): checks must be the non-empty source of checks.py')
  }
  if (typeof request.files[request.entry] !== 'string') {
    throw new TypeError(`judge(): entry ${JSON.stringify(request.entry)} is not one of the files`)
  }
  const { checks, observation, files, entry } = request
  // `judge` is the only key: the harness tells a judge request by it, first thing.
  return { request: { judge: { checks, observation, files, entry } }, wallMs }
}

export function parseJudgeAnswer(json: string, stop: JudgeStop): GradeResult {
  if (stop.timedOut) return judgeTooSlow(stop)
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return judgeFailed(`the judge answered with invalid JSON (${describe(error)})`)
  }
  const parsed = JudgeAnswerSchema.safeParse(value)
  if (!parsed.success) {
    return judgeFailed(`the judge answered with a malformed grade (${firstIssue(parsed.error)})`)
  }
  return GradeResultSchema.parse(parsed.data.grade)
}

/** The judge's interpreter failed, or was stopped: `run` is the engine's record of why. */
export function judgeFailedRun(run: RunResult, stop: JudgeStop): GradeResult {
  if (stop.timedOut || run.status === 'time-limit') return judgeTooSlow(stop)
  if (run.status === 'interrupted') return errorGrade('Grading was interrupted before it finished.')
  return judgeFailed(run.stopped?.detail ?? run.stopped?.note.trim() ?? '')
}

function judgeFailed(reason: string): GradeResult {
  const detail = reason.replace(/\.$/, '') || 'it stopped without an answer'
  return errorGrade(`Your code could not be graded: the grader failed: ${detail}.`)
}

function judgeTooSlow(stop: JudgeStop): GradeResult {
  return errorGrade(
    `Your code could not be graded: the grader did not finish within ${stop.wallMs / 1000} s of real time.`,
  )
}
