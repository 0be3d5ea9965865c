/**
 * Grading (README.md): load an exercise from content/ (Node only), grade a submission through any
 * engine. gradeSubmission needs only { id, checks }, so a page can grade in its own worker.
 */
export { closeMatches } from './close-matches'
export { ExerciseJsonSchema, WrongAnswerMetaSchema, type ExerciseJson } from './exercise-schema'
export {
  gradeSubmission,
  gradeSubmissionRun,
  maxSubmissionBytes,
  SubmissionError,
  type GradeOptions,
} from './grade-submission'
export { listExercises, loadExercise, loadExerciseFolder } from '#exercise-loader'
export {
  exerciseIdPattern,
  GradeRequestDataSchema,
  HarnessGradeAnswerSchema,
  type ExerciseDefinition,
  type ExerciseEntry,
  type GradeRequestData,
  type GradeRun,
  type WrongAnswer,
} from './types'
export { UnknownExerciseError } from './unknown-exercise'
