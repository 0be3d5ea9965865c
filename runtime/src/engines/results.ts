/**
 * Results that engines make or amend themselves: the harness's JSON checked against the schema,
 * a failure of the engine turned into a RunResult a learner can read, and the wall-clock limit.
 */
import { RunResultSchema, type RunResult, type RunStatus, type RunStop } from '../types'

/** Checks the harness's answer; a malformed one becomes an engine-failure result. */
export function parseHarnessResult(json: string, python: string): RunResult {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return engineFailure(`the harness answered with invalid JSON (${describe(error)})`, python)
  }
  const parsed = RunResultSchema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = issue ? `${issue.path.join('.') || 'result'}: ${issue.message}` : 'unknown shape'
  return engineFailure(`the harness answered with a malformed result (${where})`, python)
}

type FailureOptions = {
  status?: RunStatus
  exitCode?: number
  wallMs?: number
}

/** A result for when the runtime itself failed: plain words on stderr, never a raw stack. */
export function engineFailure(
  reason: string,
  python: string,
  { status = 'error', exitCode = 1, wallMs = 0 }: FailureOptions = {},
): RunResult {
  const stderr = `LoopLab: the Python runtime failed: ${reason}.\n`
  const stop: RunStop = { reason: 'engine-failure', note: stderr, detail: reason }
  return stoppedResult(stop, python, { status, exitCode, wallMs })
}

export type ForcedStopReason = 'ignored' | 'no-interrupt-buffer' | 'disposed' | 'still-starting'

const forcedStopWords: Record<ForcedStopReason, string> = {
  ignored:
    'The program did not stop when interrupted (it ignores KeyboardInterrupt), so LoopLab stopped ' +
    'Python by force; output printed before the stop is lost.\n',
  'no-interrupt-buffer':
    'This page cannot interrupt Python in place (it is not cross-origin isolated), so the Python ' +
    'runtime was restarted; output printed before the stop is lost.\n',
  disposed: 'The runtime was shut down while the program ran.\n',
  'still-starting': 'Python had not even finished starting: the machine is very busy.\n',
}

/** A run the engine had to stop by force: the worker was terminated, its output went with it. */
export function forcedStopResult(
  python: string,
  options: { timedOut: boolean; wallLimitMs: number; wallMs: number; reason: ForcedStopReason },
): RunResult {
  const { timedOut, wallLimitMs, wallMs, reason } = options
  const note = (timedOut ? wallLimitNote(wallLimitMs) : interruptedNote) + forcedStopWords[reason]
  return timedOut
    ? stoppedResult({ reason: 'time-limit', note }, python, {
        status: 'time-limit',
        exitCode: 1,
        wallMs,
      })
    : stoppedResult({ reason: 'interrupted', note }, python, {
        status: 'interrupted',
        exitCode: 130,
        wallMs,
      })
}

/** A run stopped from outside for the memory it took (the sandbox's cap, not Python's own). */
export function memoryLimitResult(
  python: string,
  options: { usedMiB: number; limitMiB: number; wallMs: number },
): RunResult {
  const note =
    `LoopLab: memory limit. The program used ${options.usedMiB} MiB of memory, more than the ` +
    `${options.limitMiB} MiB it may, so it was stopped there; output printed before the stop is ` +
    'lost. Is something growing without end, such as a list appended to in a loop?\n'
  return stoppedResult({ reason: 'memory-limit', note }, python, {
    status: 'error',
    exitCode: 1,
    wallMs: options.wallMs,
  })
}

/** A run that produced nothing but LoopLab's note: the process or worker went with its output. */
function stoppedResult(
  stop: RunStop,
  python: string,
  { status, exitCode, wallMs }: Required<FailureOptions>,
): RunResult {
  return {
    status,
    exitCode,
    stdout: '',
    stderr: stop.note,
    events: [{ t: 0, stream: 'stderr', text: stop.note }],
    virtualSeconds: 0,
    wallMs,
    timeline: [],
    diagnostics: [],
    python,
    stopped: stop,
  }
}

const interruptedNote = 'LoopLab: the run was interrupted before it finished.\n'

function wallLimitNote(limitMs: number): string {
  return (
    `LoopLab: time limit. The program ran for ${limitMs / 1000} s of real time (the wall-clock ` +
    'limit for this run) without finishing, so it was stopped there. A loop that never awaits ' +
    'or sleeps keeps the CPU busy forever.\n'
  )
}

/** The harness reports the engine's interrupt as `interrupted`; when our wall timer sent it, the
 *  learner should read "time limit", with the same output and traceback. */
export function asWallTimeLimit(result: RunResult, limitMs: number): RunResult {
  if (result.status !== 'interrupted') return result
  const note = wallLimitNote(limitMs)
  const swap = (text: string) =>
    text.endsWith(interruptedNote) ? text.slice(0, -interruptedNote.length) + note : text + note
  const events = [...result.events]
  const last = events.at(-1)
  if (last?.stream === 'stderr') events[events.length - 1] = { ...last, text: swap(last.text) }
  else events.push({ t: result.virtualSeconds, stream: 'stderr', text: note })
  return {
    ...result,
    status: 'time-limit',
    exitCode: 1,
    stderr: swap(result.stderr),
    events,
    stopped: { reason: 'time-limit', note },
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
