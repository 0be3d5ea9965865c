/**
 * Every kind of check `looplab verify` runs, in report order. A new kind (the grading issue's
 * "solution passes / starter fails / each wrong answer gets its message") is one more entry.
 */
import { coverageChecks } from './checks/coverage-checks'
import { exampleChecks } from './checks/example-checks'
import { exerciseGradeChecks } from './checks/exercise-grade-checks'
import { exerciseSolutionChecks } from './checks/exercise-checks'
import type { CheckKind } from './types'

export const checkKinds: readonly CheckKind[] = [
  exampleChecks,
  exerciseSolutionChecks,
  exerciseGradeChecks,
  coverageChecks,
]
