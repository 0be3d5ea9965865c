/**
 * Exercises are folders under a lesson's exercises/; the folder name is the id. The site needs the
 * title (exercise.json), the prompt (prompt.md) and the starter (starter.py); the grader
 * reads the rest (solution, checks, wrong answers).
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Root } from 'mdast'
import type { ContentIssue } from './content-error'
import { zodIssues } from './content-error'
import { readJsxAttributes } from './jsx-attributes'
import { findJsxElements, lineOf } from './jsx-elements'
import { exerciseIdPattern, ExerciseMetaSchema } from './schemas'
import type { Exercise } from './types'

export async function loadExercises(
  lessonDir: string,
  lessonId: string,
): Promise<{ exercises: Exercise[]; issues: ContentIssue[] }> {
  const root = path.join(lessonDir, 'exercises')
  const entries = await readdir(root, { withFileTypes: true }).catch(() => [])
  const exercises: Exercise[] = []
  const issues: ContentIssue[] = []
  for (const entry of entries.filter((e) => e.isDirectory()).sort(byName)) {
    const dir = path.join(root, entry.name)
    if (!exerciseIdPattern.test(entry.name)) {
      issues.push({ file: dir, message: 'an exercise folder name is its id: use kebab-case' })
      continue
    }
    const loaded = await loadExercise(dir, entry.name, lessonId)
    if ('exercise' in loaded) exercises.push(loaded.exercise)
    else issues.push(...loaded.issues)
  }
  return { exercises, issues }
}

async function loadExercise(
  dir: string,
  id: string,
  lessonId: string,
): Promise<{ exercise: Exercise } | { issues: ContentIssue[] }> {
  const issues: ContentIssue[] = []
  const read = async (name: string) => {
    const file = path.join(dir, name)
    try {
      return await readFile(file, 'utf8')
    } catch {
      issues.push({ file, message: `missing: every exercise needs ${name}` })
      return null
    }
  }
  const [metaText, prompt, starter] = await Promise.all([
    read('exercise.json'),
    read('prompt.md'),
    read('starter.py'),
  ])
  const metaFile = path.join(dir, 'exercise.json')
  let title: string | null = null
  if (metaText !== null) {
    const meta = parseJson(metaText, metaFile, issues)
    const parsed = meta === undefined ? null : ExerciseMetaSchema.safeParse(meta)
    if (parsed?.success) title = parsed.data.title
    else if (parsed) issues.push(...zodIssues(parsed.error, metaFile))
  }
  if (issues.length > 0 || title === null || prompt === null || starter === null) return { issues }
  return { exercise: { id, title, lessonId, dir, prompt, starter } }
}

export function parseJson(text: string, file: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    issues.push({ file, message: `invalid JSON: ${reason}` })
    return undefined
  }
}

/** Ids of the <Exercise id="…"> elements in a lesson, in order. */
export function extractExerciseRefs(
  tree: Root,
  file: string,
): { refs: { id: string; line: number }[]; issues: ContentIssue[] } {
  const refs: { id: string; line: number }[] = []
  const issues: ContentIssue[] = []
  for (const node of findJsxElements(tree, 'Exercise')) {
    const line = lineOf(node) ?? 0
    const id = readJsxAttributes(node).values.id
    if (typeof id === 'string' && id) refs.push({ id, line })
    else
      issues.push({
        file,
        line,
        field: '<Exercise>.id',
        message: 'needs id="<exercise-folder-name>"',
      })
  }
  return { refs, issues }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name)
}
