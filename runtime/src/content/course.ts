/**
 * The course loader: scans the content folder, orders chapters and lessons by their numeric
 * prefixes, validates everything, and returns the whole course — or throws one ContentError that
 * lists every problem with its file, field and line. The site's build and `looplab verify` both
 * call this, so whatever passes one passes the other.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { ContentError, zodIssues, type ContentIssue } from './content-error'
import { parseJson } from './exercises'
import { orderedFolders, type OrderedFolder } from './folders'
import { loadLesson, type LoadedLesson } from './lesson'
import { linkIssues } from './links'
import { ChapterMetaSchema } from './schemas'
import type { Chapter, Course, Exercise } from './types'

const chapterFields = Object.keys(ChapterMetaSchema.shape)

export async function loadCourse(contentDir: string): Promise<Course> {
  const root = path.resolve(contentDir)
  const isDir = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  )
  if (!isDir) throw new ContentError([{ file: root, message: 'content folder not found' }])

  const { folders, issues } = await orderedFolders(root, 'chapter')
  const loaded = await Promise.all(folders.map((folder) => loadChapter(folder)))
  const chapters: Chapter[] = []
  const exercises: Record<string, Exercise> = {}
  for (const result of loaded) {
    issues.push(...result.issues)
    if (result.chapter) chapters.push(result.chapter)
    for (const exercise of result.exercises) {
      const other = exercises[exercise.id]
      if (other) {
        issues.push({
          file: exercise.dir,
          message: `exercise id "${exercise.id}" is already used by ${other.dir}; ids are unique across the course`,
        })
      } else {
        exercises[exercise.id] = exercise
      }
    }
  }
  for (const result of loaded) {
    for (const ref of result.refs) {
      if (exercises[ref.id]) continue
      issues.push({
        file: ref.file,
        line: ref.line,
        field: `<Exercise ${ref.id}>.id`,
        message: `no exercise folder named "${ref.id}" (looked in every lesson's exercises/)`,
      })
    }
  }
  const course = {
    contentDir: root,
    chapters,
    lessons: chapters.flatMap((c) => c.lessons),
    exercises,
  }
  for (const result of loaded) {
    for (const { lesson, links } of result.loadedLessons) {
      if (lesson) issues.push(...linkIssues(course, lesson, links))
    }
  }
  if (issues.length > 0) throw new ContentError(issues)
  return course
}

type LoadedChapter = {
  chapter: Chapter | null
  loadedLessons: LoadedLesson[]
  exercises: Exercise[]
  refs: { id: string; line: number; file: string }[]
  issues: ContentIssue[]
}

async function loadChapter(folder: OrderedFolder): Promise<LoadedChapter> {
  const metaFile = path.join(folder.dir, 'chapter.json')
  const { folders, issues } = await orderedFolders(folder.dir, 'lesson')
  const meta = await readChapterMeta(metaFile, issues)
  const loaded = await Promise.all(folders.map((lesson) => loadLesson(lesson, folder.slug)))
  const lessons = loaded.flatMap((l) => (l.lesson ? [l.lesson] : []))
  const refs = loaded.flatMap((l) => l.exerciseRefs.map((ref) => ({ ...ref, file: l.file })))
  for (const l of loaded) issues.push(...l.issues)
  const exercises = loaded.flatMap((l) => l.exercises)
  const chapter = meta && {
    slug: folder.slug,
    order: folder.order,
    dir: folder.dir,
    ...meta,
    lessons,
  }
  return { chapter, loadedLessons: loaded, exercises, refs, issues }
}

async function readChapterMeta(file: string, issues: ContentIssue[]) {
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) {
    issues.push({
      file,
      message: 'missing: every chapter folder needs chapter.json { "title", "summary" }',
    })
    return null
  }
  const data = parseJson(text, file, issues)
  if (data === undefined) return null
  const parsed = ChapterMetaSchema.safeParse(data)
  if (parsed.success) return parsed.data
  issues.push(...zodIssues(parsed.error, file, { allowed: chapterFields }))
  return null
}
