/**
 * Grading (README.md), the part that runs anywhere: grade a submission through a runner engine and
 * a judge. gradeSubmission needs only { id, checks, probes }, so a page can grade in its own
 * workers. Loading exercises from content/ is Node's: `@looplab/runtime/grade` (node.ts).
 */
export { closeMatches } from './close-matches'
export { ExerciseJsonSchema, WrongAnswerMetaSchema, type ExerciseJson } from './exercise-schema'
export {
  gradeSubmission,
  gradeSubmissionRun,
  judgeObserved,
  maxSubmissionBytes,
  SubmissionError,
  type GradeOptions,
} from './grade-submission'
export { errorGrade, gradeFromFailedRun } from './grade-words'
export {
  defaultJudgeWallMs,
  judgeFailedRun,
  parseJudgeAnswer,
  prepareJudge,
  type JudgeStop,
  type PreparedJudge,
} from './judge-request'
export {
  BoundedRunResultSchema,
  EncodedSchema,
  JudgeAnswerSchema,
  JudgeRequestSchema,
  ObservationSchema,
  ObservedExceptionSchema,
  ProbeObservationSchema,
  type Encoded,
  type JudgeAnswer,
  type JudgeRequest,
  type Observation,
  type ObservedException,
  type ProbeObservation,
} from './observation'
export {
  defaultGradeWallMs,
  observeFailed,
  parseObservation,
  prepareObserve,
  type HarnessObserveRequest,
  type Observed,
  type ObserveStop,
  type PreparedObserve,
} from './observe-request'
export {
  exerciseIdPattern,
  GradeRequestDataSchema,
  type ExerciseDefinition,
  type ExerciseEntry,
  type GradeRequestData,
  type GradeRun,
  type WrongAnswer,
} from './types'
export { UnknownExerciseError } from './unknown-exercise'
