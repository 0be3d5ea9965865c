/**
 * `@looplab/runtime/grade` (Node): everything in index.ts, plus exercises read from content/ and
 * the engines the CLI and the course checks grade with.
 */
export * from './index'
export { listExercises, loadExercise, loadExerciseFolder } from './load-exercise'
export {
  startGradingEngines,
  startJudge,
  startRunner,
  type GradingEngineName,
  type GradingEngines,
  type RunnerOptions,
} from './grading-engines'
