/**
 * Reads shared/reference/tutorial-outline.md (the human outline of the four tutorials) into the
 * outline data. Used by `looplab coverage --outline-from FILE` to refresh outline.json, and by a
 * test that keeps the committed JSON in step with the markdown wherever the markdown exists.
 *
 * The markdown's shapes: `## Seed 000: \`file.txt\``, then numbered items whose heading is in bold
 * (`1. **1. Introduction**: …`) or, for an empty scraping artefact, italic (`0. *Table of
 * Contents*`); sub-items are indented; `* Title: **…**` is the page title. Example bullets and
 * prose are skipped. The cross-reference table after the last `---` is not part of the outline.
 */
import type { OutlineSection } from './outline'
import { seedIds } from '../../content/schemas'

type SeedId = (typeof seedIds)[number]

const seedLine = /^## Seed (\d{3}): `([^`]+)`/
const titleLine = /^\* Title: \*\*(.+?)\*\*/
const itemLine = /^( *)(\d+)\. (?:\*\*(.+?)\*\*|\*([^*]+?)\*)/

export function parseTutorialOutline(markdown: string): OutlineSection[] {
  const sections: OutlineSection[] = []
  let seed: { id: SeedId; file: string } | null = null
  let parentNumber = ''
  for (const line of markdown.split('\n')) {
    if (line.startsWith('### ')) break // the cross-reference table: derived, not outline
    const seedMatch = seedLine.exec(line)
    if (seedMatch) {
      const id = seedMatch[1] as SeedId
      if (!seedIds.includes(id)) throw new Error(`unknown seed ${seedMatch[1]} in the outline`)
      seed = { id, file: seedMatch[2] ?? '' }
      continue
    }
    if (!seed) continue
    const title = titleLine.exec(line)
    if (title) {
      sections.push(entry(seed, null, 0, title[1] ?? ''))
      continue
    }
    const item = itemLine.exec(line)
    if (!item) continue
    const nested = (item[1] ?? '').length > 0
    const number = nested ? `${parentNumber}.${item[2]}` : (item[2] ?? '')
    if (!nested) parentNumber = number
    const bold = item[3]
    const section = entry(seed, number, nested ? 2 : 1, bold ?? item[4] ?? '')
    sections.push(bold === undefined ? { ...section, artefact: true } : section)
  }
  return sections
}

function entry(
  seed: { id: SeedId; file: string },
  number: string | null,
  level: number,
  heading: string,
): OutlineSection {
  return { seed: seed.id, seedFile: seed.file, number, level, heading: heading.trim() }
}
