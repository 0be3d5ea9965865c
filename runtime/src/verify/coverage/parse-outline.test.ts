import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { OutlineSchema } from './outline'
import { parseTutorialOutline } from './parse-outline'

const sample = `# OUTLINE

## Seed 000: \`000_abc.txt\` (long tutorial)

1. **1. Introduction**: what it is.
   * \`000_1_introduction_1\` (shell) ✅
2. **2. What is it?**: prose.
   1. **2.1. Sync vs Async**: blocking.
      * Benefits: performance.

## Seed 002: \`002_def.txt\` (lesson page)

* Title: **A Page Title**
0. *Table of Contents* (an empty scraping artefact)
1. **Overview**

### Topic cross-reference

1. **Not a section**: the table is derived.
`

describe('parseTutorialOutline', () => {
  it('reads headings, numbers, levels, titles and artefacts', () => {
    expect(parseTutorialOutline(sample)).toEqual([
      { seed: '000', seedFile: '000_abc.txt', number: '1', level: 1, heading: '1. Introduction' },
      { seed: '000', seedFile: '000_abc.txt', number: '2', level: 1, heading: '2. What is it?' },
      {
        seed: '000',
        seedFile: '000_abc.txt',
        number: '2.1',
        level: 2,
        heading: '2.1. Sync vs Async',
      },
      { seed: '002', seedFile: '002_def.txt', number: null, level: 0, heading: 'A Page Title' },
      {
        seed: '002',
        seedFile: '002_def.txt',
        number: '0',
        level: 1,
        heading: 'Table of Contents',
        artefact: true,
      },
      { seed: '002', seedFile: '002_def.txt', number: '1', level: 1, heading: 'Overview' },
    ])
  })
})

const committed = fileURLToPath(
  new URL('../../../../content/sources/outline.json', import.meta.url),
)
const reference = fileURLToPath(
  new URL('../../../../../shared/reference/tutorial-outline.md', import.meta.url),
)

describe('content/sources/outline.json', () => {
  it('is a valid outline covering all four tutorials', () => {
    const outline = OutlineSchema.parse(JSON.parse(readFileSync(committed, 'utf8')))
    expect(new Set(outline.sections.map((s) => s.seed))).toEqual(
      new Set(['000', '001', '002', '003']),
    )
  })

  // The markdown lives outside the repository (a clean clone has only the JSON); where it exists,
  // the committed copy must not have drifted from it.
  it.skipIf(!existsSync(reference))('matches the shared tutorial outline', () => {
    const outline = JSON.parse(readFileSync(committed, 'utf8')) as { sections: unknown }
    expect(outline.sections).toEqual(parseTutorialOutline(readFileSync(reference, 'utf8')))
  })
})
