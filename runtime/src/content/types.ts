/**
 * The course as the loader hands it out: plain, serializable data (no functions, no class
 * instances), so the site can pass it to client components and `looplab verify` can print it.
 */
import type { z } from 'zod'
import type { expectedStatuses, SourceSchema } from './schemas'

export type Source = z.infer<typeof SourceSchema>

export type Heading = {
  depth: 2 | 3
  /** Plain text of the heading (inline code and emphasis flattened). */
  text: string
  /** github-slugger slug, unique within the lesson: the heading's id and #anchor. */
  slug: string
}

/** How an example's run must end. `ok` unless the author declared `error` or `status`. */
export type ExpectedStatus = 'ok' | 'error' | (typeof expectedStatuses)[number]

export type LessonExample = {
  name: string
  /** DOM id of the example: `example-<name>`. */
  anchor: string
  /** The python fence, as written (no trailing newline). */
  code: string
  expected: {
    /** The output fence, as written: compare with stdout minus its final newline. */
    stdout: string
    status: ExpectedStatus
    /** Exit code to check; null when the author declared a `status` and no `exitCode`. */
    exitCode: number | null
    /** Last line of the traceback on stderr (`error` prop), or null. */
    error: string | null
  }
  /** Why stdout varies (then only the status is checked), or null. */
  varies: string | null
  /** Why CPython 3.11 and Pyodide 3.14 differ (then checked on Pyodide only), or null. */
  versionNote: string | null
  /** 1-based line of `<Example` in index.mdx. */
  line: number
}

export type Exercise = {
  /** Folder name: unique across the course. */
  id: string
  title: string
  /** `<chapter-slug>/<lesson-slug>` of the lesson whose exercises/ folder holds it. */
  lessonId: string
  dir: string
  /** Markdown shown to the learner. */
  prompt: string
  /** Python the learner starts from. */
  starter: string
}

export type Lesson = {
  /** `<chapter-slug>/<lesson-slug>`; the URL is /learn/<id>. */
  id: string
  slug: string
  chapterSlug: string
  /** Numeric folder prefix. */
  order: number
  dir: string
  /** Absolute path of index.mdx. */
  file: string
  title: string
  summary: string
  sources: Source[]
  headings: Heading[]
  /** Every id a link may target: heading slugs (any depth), example-*, exercise-*. */
  anchors: string[]
  examples: LessonExample[]
  /** Ids of the exercises the lesson shows with <Exercise id>, in order. */
  exerciseIds: string[]
  /** The full index.mdx text, frontmatter included (line numbers stay true). */
  source: string
}

export type Chapter = {
  slug: string
  order: number
  dir: string
  title: string
  summary: string
  lessons: Lesson[]
}

export type Course = {
  contentDir: string
  chapters: Chapter[]
  /** Every lesson in reading order, across chapters. */
  lessons: Lesson[]
  exercises: Record<string, Exercise>
}
