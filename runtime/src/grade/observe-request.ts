/**
 * The engine side of observing (runtime/python/PROTOCOL.md, "Observe and judge requests"): a run
 * request with one more key, `observe: { probes }`, answered with an Observation. Shared by every
 * engine that runs learner code. An engine that fails, or a forced stop, still resolves: with the
 * failed RunResult and whether the engine's own timer stopped it, never a rejection.
 */
import { prepareRun, type HarnessRequest } from '../engines/harness-request'
import { describe, engineFailure } from '../engines/results'
import type { ProgramFiles, RunOptions, RunResult } from '../types'
import { ObservationSchema, type Observation } from './observation'

/** The program plus every scenario of probes.py: more than one run's worth of real time. */
export const defaultGradeWallMs = 10_000

export type HarnessObserveRequest = { observe: { probes: string | null } } & HarnessRequest
export type PreparedObserve = { request: HarnessObserveRequest; wallMs: number }

/** How an observation ended for the engine: `wallMs` is the wall-clock limit it enforced. */
export type ObserveStop = { timedOut: boolean; wallMs: number }

/** What Engine.observe resolves with: the harness's Observation, or the run the engine made when
 *  it failed or stopped the interpreter by force (there is nothing to judge then). */
export type Observed =
  | ({ kind: 'observed'; observation: Observation } & ObserveStop)
  | ({ kind: 'failed'; run: RunResult } & ObserveStop)

/** Throws (a caller's bug) for a bad shape; observing always runs on virtual time. */
export function prepareObserve(
  files: ProgramFiles,
  probes: string | null,
  options: RunOptions = {},
): PreparedObserve {
  if (probes !== null && (typeof probes !== 'string' || probes.trim() === '')) {
    throw new TypeError('observe(): probes must be the non-empty source of probes.py, or null')
  }
  if (options.realtime)
    throw new TypeError('observe(): observing runs on virtual time, not realtime')
  const limits = { wallMs: defaultGradeWallMs, ...options.limits }
  const prepared = prepareRun(files, { ...options, limits })
  // `observe` first: a Stop that lands before the harness has parsed the request is answered in
  // the shape the first key names.
  return { request: { observe: { probes }, ...prepared.request }, wallMs: prepared.wallMs }
}

/** The harness's JSON answer; a malformed one is an engine failure naming the problem. */
export function parseObservation(json: string, python: string, stop: ObserveStop): Observed {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    const reason = `the harness answered with invalid JSON (${describe(error)})`
    return observeFailed(engineFailure(reason, python), stop)
  }
  const parsed = ObservationSchema.safeParse(value)
  if (!parsed.success) {
    const reason = `the harness answered with a malformed observation (${firstIssue(parsed.error)})`
    return observeFailed(engineFailure(reason, python), stop)
  }
  return {
    kind: 'observed',
    observation: parsed.data,
    timedOut: stop.timedOut,
    wallMs: stop.wallMs,
  }
}

export function observeFailed(run: RunResult, stop: ObserveStop): Observed {
  return { kind: 'failed', run, timedOut: stop.timedOut, wallMs: stop.wallMs }
}

export function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): string {
  const issue = error.issues[0]
  return issue
    ? `${issue.path.map(String).join('.') || 'answer'}: ${issue.message}`
    : 'unknown shape'
}
