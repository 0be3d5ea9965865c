/**
 * The learner's words for a grade that could not be computed: an engine that failed, a wall-clock
 * limit reached by the program or by a function the checks called, a Stop. One place, so every
 * engine and every caller says the same thing.
 */
import { asWallTimeLimit } from '../engines/results'
import type { GradeResult, RunResult } from '../types'
import type { ObserveStop } from './observe-request'
import type { Observation } from './observation'
import type { GradeRun } from './types'

export function errorGrade(message: string): GradeResult {
  return { version: 3, status: 'error', message, tests: [] }
}

/** A run that never reached the judge (engine failure, forced stop): an error grade. */
export function gradeFromFailedRun(run: RunResult, stop?: ObserveStop): GradeRun {
  return { grade: errorGrade(failureWords(run, stop)), run }
}

/** The run a UI shows beside the grade: the wall-clock limit reads as such, not as a Stop. */
export function shownRun(observation: Observation, stop: ObserveStop): RunResult {
  return stop.timedOut ? asWallTimeLimit(observation.run, stop.wallMs) : observation.run
}

/** The words for an observation the engine's interrupt cut short, wherever it landed. */
export function stoppedWords(observation: Observation, stop: ObserveStop): string {
  if (!stop.timedOut) return 'Grading was interrupted before it finished.'
  return wallLimitWords(stop.wallMs, observation.run.status === 'interrupted')
}

function failureWords(run: RunResult, stop?: ObserveStop): string {
  if (run.status === 'time-limit') return wallLimitWords(stop?.wallMs ?? null, true)
  if (run.status === 'interrupted') return 'Grading was interrupted before it finished.'
  const reason = run.stopped?.note.trim().replace(/^LoopLab: /, '')
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
