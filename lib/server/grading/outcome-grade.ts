/**
 * What the learner reads when the pool, not the grader, ended a job: the program was killed for
 * time or memory, or its process died. Always a GradeResult (Exercism v3, status `error`), so
 * every client shows it the same way as any other grade.
 */
import type { GradeResult } from '@/runtime/src/types'
import type { JobOutcome } from './grader-process'

export function outcomeGrade(outcome: JobOutcome, limits: { jobMs: number }): GradeResult {
  switch (outcome.kind) {
    case 'graded':
      return outcome.grade
    case 'time-limit':
      return errorGrade(
        `Your program ran for ${limits.jobMs / 1000} s of real time without finishing, so grading ` +
          'stopped it. A loop that never awaits or sleeps keeps the CPU busy for ever.',
      )
    case 'memory-limit':
      return errorGrade(
        `Your program used more than ${outcome.memoryMiB} MB of memory, so grading stopped it. ` +
          'Is something growing without end, such as a list appended to in a loop?',
      )
    case 'crashed':
      return errorGrade(
        'The grader stopped unexpectedly while running your program, and was restarted. Try ' +
          'again; if it happens every time, your program may be doing something grading does ' +
          'not allow.',
      )
  }
}

function errorGrade(message: string): GradeResult {
  return { version: 3, status: 'error', message, tests: [] }
}
