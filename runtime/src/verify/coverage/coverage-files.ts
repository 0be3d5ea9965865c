/**
 * The coverage files of a content folder: content/sources/outline.json (input) and
 * content/README.md (generated). Reading, rendering, and checking the README is current.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Course } from '../../content/types'
import { computeCoverage, type Coverage } from './coverage'
import { outlinePath, readOutline, type Outline } from './outline'
import { parseTutorialOutline } from './parse-outline'
import { renderCoverageReadme } from './readme'

export function readmePath(contentDir: string): string {
  return path.join(contentDir, 'README.md')
}

export type CourseCoverage = { outline: Outline; coverage: Coverage; readme: string }

export async function courseCoverage(course: Course): Promise<CourseCoverage> {
  const outline = await readOutline(outlinePath(course.contentDir))
  const coverage = computeCoverage(outline, course.lessons)
  return { outline, coverage, readme: renderCoverageReadme(coverage) }
}

/** 'current', 'stale', or 'missing': compared as text, line endings aside. */
export async function readmeState(
  contentDir: string,
  expected: string,
): Promise<'current' | 'stale' | 'missing'> {
  const actual = await readFile(readmePath(contentDir), 'utf8').catch(() => null)
  if (actual === null) return 'missing'
  return actual.replace(/\r\n/g, '\n') === expected ? 'current' : 'stale'
}

export async function writeReadme(contentDir: string, text: string): Promise<string> {
  const file = readmePath(contentDir)
  await writeFile(file, text)
  return file
}

/** Refreshes outline.json from the human outline (shared/reference/tutorial-outline.md). */
export async function importOutline(contentDir: string, markdownFile: string): Promise<string> {
  const markdown = await readFile(markdownFile, 'utf8')
  const sections = parseTutorialOutline(markdown)
  if (sections.length === 0) throw new Error(`${markdownFile}: no tutorial sections found`)
  const outline: Outline = {
    about:
      'Section headings of the four source tutorials, from shared/reference/tutorial-outline.md. ' +
      'Refresh with `npx looplab coverage --outline-from <tutorial-outline.md> --write`.',
    sections,
  }
  const file = outlinePath(contentDir)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(outline, null, 2)}\n`)
  return file
}
