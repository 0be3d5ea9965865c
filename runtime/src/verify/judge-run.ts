/**
 * Holds a run against what the lesson says about it: how it ends (status, exit code, the
 * exception its traceback ends with) and what it prints (stdout, unless the author declared that
 * it varies). Every difference is reported, not just the first: a wrong status and a wrong output
 * together tell the author more than either alone.
 */
import { compareOutput, raisedException } from '../compare'
import type { LessonExample } from '../content/types'
import type { RunResult } from '../types'
import type { CheckOutcome, Problem } from './types'

const stderrTailLines = 12

export function judgeExampleRun(example: LessonExample, result: RunResult): CheckOutcome {
  const { expected } = example
  const problems: Problem[] = []
  if (result.status !== expected.status) {
    problems.push({ kind: 'status', expected: expected.status, actual: result.status })
  }
  if (expected.exitCode !== null && result.exitCode !== expected.exitCode) {
    problems.push({ kind: 'exit-code', expected: expected.exitCode, actual: result.exitCode })
  }
  if (expected.error !== null) {
    const actual = raisedException(result.stderr)
    if (actual !== expected.error.trimEnd()) {
      problems.push({ kind: 'error', expected: expected.error, actual })
    }
  }
  if (example.varies === null) {
    const comparison = compareOutput(expected.stdout, result.stdout)
    if (!comparison.matches) problems.push({ kind: 'stdout', comparison })
  }
  return withRunDetails(problems, result)
}

/** An exercise's model solution must simply run cleanly. */
export function judgeSolutionRun(result: RunResult): CheckOutcome {
  const problems: Problem[] = []
  if (result.status !== 'ok')
    problems.push({ kind: 'status', expected: 'ok', actual: result.status })
  if (result.exitCode !== 0)
    problems.push({ kind: 'exit-code', expected: 0, actual: result.exitCode })
  return withRunDetails(problems, result)
}

function withRunDetails(problems: Problem[], result: RunResult): CheckOutcome {
  const outcome: CheckOutcome = { problems, python: result.python, runMs: result.wallMs }
  const tail = stderrTail(result.stderr)
  if (problems.length > 0 && tail) outcome.stderrTail = tail
  return outcome
}

function stderrTail(stderr: string): string {
  const lines = stderr.trimEnd().split('\n')
  return lines.slice(-stderrTailLines).join('\n')
}
