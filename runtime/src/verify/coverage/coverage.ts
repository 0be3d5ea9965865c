/**
 * Which lesson teaches each tutorial section: joins the outline with every lesson's frontmatter
 * `sources`. Sections no lesson claims, and sources naming a heading the outline does not have
 * (a typo would otherwise silently leave a section uncovered), are the two ways coverage fails.
 */
import type { Lesson } from '../../content/types'
import { sectionKey, type Outline, type OutlineSection } from './outline'

export type Teaching = {
  lessonId: string
  lessonTitle: string
  anchor: string
  /** Text of the heading the anchor points at. */
  headingText: string
}

export type CoverageRow = { section: OutlineSection; taughtBy: Teaching[] }

export type UnknownSource = {
  lessonId: string
  file: string
  line?: number
  seed: string
  section: string
  /** The outline heading the author probably meant, when one is close. */
  suggestion?: string
}

export type Coverage = {
  rows: CoverageRow[]
  untaught: OutlineSection[]
  unknownSources: UnknownSource[]
}

export function computeCoverage(outline: Outline, lessons: readonly Lesson[]): Coverage {
  const rows = outline.sections.map((section) => ({ section, taughtBy: [] as Teaching[] }))
  const byKey = new Map(rows.map((row) => [sectionKey(row.section), row]))
  const unknownSources: UnknownSource[] = []
  for (const lesson of lessons) {
    for (const source of lesson.sources) {
      const row = byKey.get(sectionKey({ seed: source.seed, heading: source.section }))
      if (row) {
        row.taughtBy.push({
          lessonId: lesson.id,
          lessonTitle: lesson.title,
          anchor: source.anchor,
          headingText: headingText(lesson, source.anchor),
        })
        continue
      }
      unknownSources.push({
        lessonId: lesson.id,
        file: lesson.file,
        line: sourceLine(lesson, source.section),
        seed: source.seed,
        section: source.section,
        suggestion: closestHeading(outline, source.seed, source.section),
      })
    }
  }
  const untaught = rows.filter((row) => row.taughtBy.length === 0).map((row) => row.section)
  return { rows, untaught, unknownSources }
}

function headingText(lesson: Lesson, anchor: string): string {
  return lesson.headings.find((heading) => heading.slug === anchor)?.text ?? anchor
}

/** Line of the `section:` entry in the frontmatter, for a clickable file:line. */
function sourceLine(lesson: Lesson, section: string): number | undefined {
  const lines = lesson.source.split('\n')
  const index = lines.findIndex(
    (line) => /^\s*-?\s*section:/.test(line) && line.includes(section.slice(0, 40)),
  )
  return index === -1 ? undefined : index + 1
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\d.\s]+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function closestHeading(outline: Outline, seed: string, wanted: string): string | undefined {
  const target = comparable(wanted)
  const candidates = outline.sections.filter((section) => section.seed === seed)
  const exact = candidates.find((section) => comparable(section.heading) === target)
  if (exact) return exact.heading
  const containing = candidates.filter((section) => {
    const text = comparable(section.heading)
    return text.length > 0 && target.length > 0 && (text.includes(target) || target.includes(text))
  })
  return containing.length === 1 ? containing[0]?.heading : undefined
}
