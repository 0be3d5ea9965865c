/**
 * "Does my run match the lesson?" in the sandbox's words, on the same rule as `looplab verify`
 * (judgeExampleRun): how the run ends (status, exit code, the error it raises) and, unless the
 * lesson says the output varies, stdout line by line. An example that is meant to fail matches
 * when it fails the same way.
 */
import type { OutputComparison, Problem, RunResult, RunStatus } from '@looplab/runtime'
// Deep import: the package index also exports the engines, which must stay out of page bundles.
import { judgeExampleRun } from '@looplab/runtime'
import type { LessonExample } from '@looplab/runtime/content'
import { statusWords } from './status-words'

export type LessonMatch =
  | { kind: 'matches'; note: string | null }
  | { kind: 'differs'; reasons: string[]; comparison: OutputComparison | null }
  /** Nothing to compare: the learner stopped it, or Python itself failed. */
  | { kind: 'not-compared'; reason: string }

function reasonFor(problem: Problem): string | null {
  switch (problem.kind) {
    case 'status':
      return `The lesson’s run ${ending(problem.expected)}; yours ${ending(problem.actual)}.`
    case 'exit-code':
      return `The lesson’s run exits with code ${problem.expected}; yours with ${problem.actual}.`
    case 'error':
      return problem.actual
        ? `The lesson’s run ends with “${problem.expected}”; yours with “${problem.actual}”.`
        : `The lesson’s run ends with “${problem.expected}”; yours raises no error.`
    case 'stdout':
      return null // shown as a diff
    case 'message':
      return problem.text
  }
}

export function matchLesson(example: LessonExample, result: RunResult): LessonMatch {
  if (result.stopped?.reason === 'engine-failure') {
    return { kind: 'not-compared', reason: 'Python itself failed, so there is nothing to compare.' }
  }
  // No lesson example is interrupted on purpose: an interrupt is always the learner's Stop.
  if (result.status === 'interrupted') {
    return { kind: 'not-compared', reason: 'Stopped before it finished: nothing to compare yet.' }
  }
  const { problems } = judgeExampleRun(example, result)
  if (problems.length === 0) {
    const fails = example.expected.error
      ? `it ends with ${example.expected.error}, as the lesson shows`
      : null
    const ends =
      example.expected.status !== 'ok' && example.expected.status !== 'error'
        ? `it ${statusWords[example.expected.status].ending}, as the lesson shows`
        : null
    const varies = example.varies ? `the output varies from run to run (${example.varies})` : null
    const note = [fails ?? ends, varies].filter(Boolean).join('; ')
    return { kind: 'matches', note: note || null }
  }
  const comparison = problems.find((problem) => problem.kind === 'stdout')
  return {
    kind: 'differs',
    reasons: problems.map(reasonFor).filter((reason): reason is string => reason !== null),
    comparison: comparison?.kind === 'stdout' ? comparison.comparison : null,
  }
}

function ending(status: string): string {
  return status in statusWords ? statusWords[status as RunStatus].ending : status
}
