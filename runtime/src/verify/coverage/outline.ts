/**
 * The tutorial outline as data: every section heading of the four source tutorials. The course's
 * coverage is checked against content/sources/outline.json, committed in the repository, because
 * CI runs on a clean clone where the shared reference folder does not exist.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { seedIds } from '../../content/schemas'

export const OutlineSectionSchema = z
  .object({
    seed: z.enum(seedIds).describe('which tutorial'),
    seedFile: z.string().min(1).describe('its file name under shared/seeds/'),
    number: z
      .string()
      .nullable()
      .describe('position in the outline, e.g. "2.1"; null for a page title'),
    level: z.number().int().min(0).max(2).describe('0: page title; 1: section; 2: subsection'),
    heading: z.string().min(1).describe('exactly as in tutorial-outline.md: what `sources` name'),
    artefact: z
      .boolean()
      .optional()
      .describe('an empty heading left by scraping the page (it still needs a home)'),
  })
  .strict()
export type OutlineSection = z.infer<typeof OutlineSectionSchema>

export const OutlineSchema = z
  .object({
    about: z.string().describe('where the outline came from and how to refresh it'),
    sections: z.array(OutlineSectionSchema),
  })
  .strict()
export type Outline = z.infer<typeof OutlineSchema>

/** content/sources/outline.json of a content folder. */
export function outlinePath(contentDir: string): string {
  return path.join(contentDir, 'sources', 'outline.json')
}

/** The key a lesson's `sources` entry must match: seed plus exact heading. */
export function sectionKey(section: { seed: string; heading: string }): string {
  return `${section.seed}\u0000${section.heading}`
}

export async function readOutline(file: string): Promise<Outline> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new Error(`${file}: missing (the tutorial outline coverage is checked against)`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file}: invalid JSON: ${error instanceof Error ? error.message : error}`)
  }
  const parsed = OutlineSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new Error(`${file}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`)
  }
  const seen = new Set<string>()
  for (const section of parsed.data.sections) {
    const key = sectionKey(section)
    if (seen.has(key)) {
      throw new Error(`${file}: seed ${section.seed} lists "${section.heading}" twice`)
    }
    seen.add(key)
  }
  return parsed.data
}
