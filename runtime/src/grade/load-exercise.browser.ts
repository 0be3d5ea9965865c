/**
 * In a browser bundle (package.json "imports" #exercise-loader): exercises are read from content/
 * on the server or at build time; a page fetches the data it needs and grades it.
 */
import type { ExerciseDefinition, ExerciseEntry } from './types'

function nodeOnly(): never {
  throw new Error('loading exercises from content/ needs Node (the server, the CLI or the build)')
}

export async function listExercises(_contentDir: string): Promise<ExerciseEntry[]> {
  return nodeOnly()
}

export async function loadExercise(_contentDir: string, _id: string): Promise<ExerciseDefinition> {
  return nodeOnly()
}

export async function loadExerciseFolder(_entry: ExerciseEntry): Promise<ExerciseDefinition> {
  return nodeOnly()
}
