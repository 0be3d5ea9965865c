/**
 * Exercises from content/: `content/<chapter>/<lesson>/exercises/<id>/`, the folder name being the
 * id, unique across the course. loadExercise validates the whole folder and reports every problem
 * at once, each naming its file (and field); an unknown id is an UnknownExerciseError with the
 * closest ids, for "did you mean".
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { ContentError, zodIssues, type ContentIssue } from '../content/content-error'
import { closeMatches } from './close-matches'
import { ExerciseJsonSchema } from './exercise-schema'
import {
  exerciseIdPattern,
  type ExerciseDefinition,
  type ExerciseEntry,
  type WrongAnswer,
} from './types'
import { UnknownExerciseError } from './unknown-exercise'

const numbered = /^\d+-/

/** Every exercise folder, in course order; throws ContentError for an id used twice. */
export async function listExercises(contentDir: string): Promise<ExerciseEntry[]> {
  const entries: ExerciseEntry[] = []
  for (const chapter of await folders(contentDir, numbered)) {
    for (const lesson of await folders(path.join(contentDir, chapter), numbered)) {
      const root = path.join(contentDir, chapter, lesson, 'exercises')
      for (const id of await folders(root)) {
        entries.push({ id, lessonId: `${chapter}/${lesson}`, dir: path.join(root, id) })
      }
    }
  }
  const seen = new Map<string, string>()
  const issues: ContentIssue[] = []
  for (const entry of entries) {
    const first = seen.get(entry.id)
    if (first) {
      issues.push({
        file: entry.dir,
        message: `exercise id "${entry.id}" is also used by ${first}`,
      })
    }
    seen.set(entry.id, entry.dir)
  }
  if (issues.length) throw new ContentError(issues)
  return entries
}

export async function loadExercise(contentDir: string, id: string): Promise<ExerciseDefinition> {
  const entries = await listExercises(contentDir)
  const entry = entries.find((candidate) => candidate.id === id)
  if (!entry) {
    throw new UnknownExerciseError(
      id,
      closeMatches(
        id,
        entries.map((e) => e.id),
      ),
    )
  }
  return loadExerciseFolder(entry)
}

/** Reads and validates one exercise folder; ContentError lists every problem found. */
export async function loadExerciseFolder(entry: ExerciseEntry): Promise<ExerciseDefinition> {
  const { dir, id } = entry
  const issues: ContentIssue[] = []
  if (!exerciseIdPattern.test(id)) {
    issues.push({ file: dir, message: 'an exercise folder name is its id: use kebab-case' })
  }
  // Read at once, reported in file order (whichever read finishes first).
  const read = async (name: string, what: string): Promise<[string, ContentIssue | null]> => {
    const file = path.join(dir, name)
    const text = await readFile(file, 'utf8').catch(() => null)
    if (text === null) return ['', { file, message: `missing: every exercise needs ${what}` }]
    if (!text.trim()) return ['', { file, message: `empty: ${what} has no content` }]
    return [text, null]
  }
  const files = await Promise.all([
    read('exercise.json', 'exercise.json (title, hints, wrong answers)'),
    read('prompt.md', 'prompt.md (the task)'),
    read('starter.py', 'starter.py (what the learner starts from)'),
    read('solution.py', 'solution.py (a model solution)'),
    read('checks.py', 'checks.py (the checks that grade it)'),
  ])
  for (const [, issue] of files) if (issue) issues.push(issue)
  const probes = await readProbes(dir, issues)
  const [metaText, prompt, starter, solution, checks] = files.map(([text]) => text) as [
    string,
    string,
    string,
    string,
    string,
  ]
  const metaFile = path.join(dir, 'exercise.json')
  const meta = parseMeta(metaText, metaFile, issues)
  const wrong = meta ? await readWrongAnswers(dir, meta.wrong, issues) : []
  if (issues.length || !meta) throw new ContentError(issues)
  return {
    id,
    title: meta.title,
    lessonId: entry.lessonId,
    dir,
    prompt,
    starter,
    solution,
    checks,
    probes,
    hints: meta.hints,
    wrong,
  }
}

/** probes.py is optional (an exercise whose checks call none of the learner's functions has
 *  none), but a present one must say something. */
async function readProbes(dir: string, issues: ContentIssue[]): Promise<string | null> {
  const file = path.join(dir, 'probes.py')
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text !== null && !text.trim()) {
    issues.push({
      file,
      message: 'empty: probes.py declares no scenario (delete it if none is needed)',
    })
  }
  return text
}

function parseMeta(text: string, file: string, issues: ContentIssue[]) {
  if (!text.trim()) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    issues.push({
      file,
      message: `invalid JSON: ${error instanceof Error ? error.message : error}`,
    })
    return null
  }
  const parsed = ExerciseJsonSchema.safeParse(value)
  if (parsed.success) return parsed.data
  issues.push(...zodIssues(parsed.error, file, { allowed: Object.keys(ExerciseJsonSchema.shape) }))
  return null
}

async function readWrongAnswers(
  dir: string,
  listed: { file: string; why: string; message: string }[],
  issues: ContentIssue[],
): Promise<WrongAnswer[]> {
  const metaFile = path.join(dir, 'exercise.json')
  const answers: WrongAnswer[] = []
  for (const [index, item] of listed.entries()) {
    const file = path.join(dir, item.file)
    const code = await readFile(file, 'utf8').catch(() => null)
    if (code === null) {
      issues.push({
        file: metaFile,
        field: `wrong[${index}].file`,
        message: `${item.file} is missing`,
      })
    } else answers.push({ ...item, code })
  }
  const onDisk = await readdir(path.join(dir, 'wrong')).catch(() => [] as string[])
  for (const name of onDisk.filter((n) => n.endsWith('.py')).sort()) {
    if (!listed.some((item) => item.file === `wrong/${name}`)) {
      issues.push({
        file: path.join(dir, 'wrong', name),
        message: 'not listed in exercise.json "wrong": every wrong answer needs its message',
      })
    }
  }
  return answers
}

async function folders(dir: string, pattern?: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isDirectory() && (!pattern || pattern.test(e.name)))
    .map((e) => e.name)
    .sort()
}
