/**
 * Strict schemas for everything an author writes by hand: lesson frontmatter, chapter.json, the
 * props of <Example> (exercise.json's is the grader's: grade/exercise-schema.ts). `.strict()` everywhere, so a
 * typo ("sumary") fails the build instead of silently dropping a field.
 */
import { z } from 'zod'
import { exerciseIdPattern as kebabCase } from '../grade/exercise-schema'

export const seedIds = ['000', '001', '002', '003'] as const

export const SourceSchema = z
  .object({
    seed: z.enum(seedIds).describe('which source tutorial: "000" | "001" | "002" | "003"'),
    section: z.string().min(1).describe('the heading exactly as in tutorial-outline.md'),
    anchor: z
      .string()
      .regex(/^[^\s#A-Z]+$/, 'must be a heading slug like "two-ways-to-fetch-three-pages" (no "#")')
      .describe('slug of the heading in this lesson where the section is taught'),
  })
  .strict()

export const FrontmatterSchema = z
  .object({
    title: z.string().trim().min(1).describe('the lesson title, shown as its h1'),
    summary: z.string().trim().min(1).describe('one sentence: what the reader will be able to do'),
    sources: z.array(SourceSchema).describe('tutorial sections this lesson teaches (may be empty)'),
  })
  .strict()

export const ChapterMetaSchema = z
  .object({
    title: z.string().trim().min(1).describe('the chapter title'),
    summary: z.string().trim().min(1).describe('one sentence about the chapter'),
  })
  .strict()

export const expectedStatuses = ['deadlock', 'time-limit', 'output-limit'] as const

/** Attributes of <Example>, as written (before defaults are applied). */
export const ExamplePropsSchema = z
  .object({
    name: z
      .string()
      .regex(kebabCase, 'must be kebab-case, e.g. "three-pages-in-a-row"')
      .describe('unique within the lesson; anchor #example-<name>'),
    error: z
      .string()
      .min(1)
      .optional()
      .describe('last line of the traceback the program must end with'),
    exitCode: z.number().int().min(0).max(255).optional().describe('expected exit code'),
    status: z.enum(expectedStatuses).optional().describe('the run must end with this status'),
    varies: z.string().min(1).optional().describe('why stdout legitimately varies'),
    versionNote: z
      .string()
      .min(1)
      .optional()
      .describe('why CPython 3.11 and Pyodide 3.14 differ here'),
  })
  .strict()
export type ExampleProps = z.infer<typeof ExamplePropsSchema>

/** exercise.json has one schema, the grader's (grade/exercise-schema.ts): the site reads its title. */
export {
  ExerciseJsonSchema as ExerciseMetaSchema,
  exerciseIdPattern,
} from '../grade/exercise-schema'
