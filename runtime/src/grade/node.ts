/**
 * `@looplab/runtime/grade` (Node): everything in index.ts, plus exercises read from content/. The
 * engines that grade (startRunner, startJudge) are `@looplab/runtime/engines/node`'s: a server
 * that only reads exercises must not load (or make its bundler trace) the engines and their
 * workers.
 */
export * from './index'
export { listExercises, loadExercise, loadExerciseFolder } from './load-exercise'
