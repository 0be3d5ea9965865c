/**
 * Every kind of check `looplab verify` runs, in report order. A new kind of check is one more
 * entry here.
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
