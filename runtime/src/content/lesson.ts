/**
 * Loads one lesson folder: index.mdx (frontmatter checked strictly, MDX parsed, examples and
 * headings extracted, sources' anchors checked) and its exercises.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { componentIssues } from './components'
import type { ContentIssue } from './content-error'
import { zodIssues } from './content-error'
import { extractExamples } from './examples'
import { extractExerciseRefs, loadExercises } from './exercises'
import type { OrderedFolder } from './folders'
import { extractLinks, type LessonLink } from './links'
import { slugHeadings, tocHeadings, type SluggedHeading } from './headings'
import { parseFrontmatterYaml, parseMdx, splitFrontmatter } from './parse-mdx'
import { FrontmatterSchema } from './schemas'
import { frontmatterFieldLine } from './yaml-lines'
import type { Exercise, Lesson } from './types'

export type LoadedLesson = {
  /** index.mdx, whether or not it loaded. */
  file: string
  lesson: Lesson | null
  exercises: Exercise[]
  exerciseRefs: { id: string; line: number }[]
  links: LessonLink[]
  issues: ContentIssue[]
}

const frontmatterFields = Object.keys(FrontmatterSchema.shape)

export async function loadLesson(
  folder: OrderedFolder,
  chapterSlug: string,
): Promise<LoadedLesson> {
  const id = `${chapterSlug}/${folder.slug}`
  const file = path.join(folder.dir, 'index.mdx')
  const { exercises, issues } = await loadExercises(folder.dir, id)
  const empty = { file, lesson: null, exercises, exerciseRefs: [], links: [] }
  const source = await readFile(file, 'utf8').catch(() => null)
  if (source === null) {
    return {
      ...empty,
      issues: [...issues, { file, message: 'missing: every lesson folder needs index.mdx' }],
    }
  }
  const { yaml, body } = splitFrontmatter(source)
  if (yaml === null) {
    const message = 'missing frontmatter: start the file with --- title / summary / sources ---'
    return { ...empty, issues: [...issues, { file, line: 1, message }] }
  }
  const data = parseFrontmatterYaml(yaml, file)
  const parsed = parseMdx(body, file)
  if (!data.ok) issues.push(data.issue)
  if (!parsed.ok) issues.push(parsed.issue)
  if (!data.ok || !parsed.ok) return { ...empty, issues }

  const frontmatter = FrontmatterSchema.safeParse(data.data)
  if (!frontmatter.success) {
    for (const issue of zodIssues(frontmatter.error, file, { allowed: frontmatterFields })) {
      issues.push({ ...issue, line: frontmatterFieldLine(yaml, issue.field) })
    }
  }
  const headings = slugHeadings(parsed.tree)
  issues.push(...headingIssues(headings, file), ...componentIssues(parsed.tree, file))
  const { examples, issues: exampleIssues } = extractExamples(parsed.tree, file)
  const { refs, issues: refIssues } = extractExerciseRefs(parsed.tree, file)
  issues.push(...exampleIssues, ...refIssues)
  if (!frontmatter.success) return { ...empty, exerciseRefs: refs, issues }

  const slugs = new Set(headings.map((h) => h.slug))
  frontmatter.data.sources.forEach((src, i) => {
    if (slugs.has(src.anchor)) return
    const field = `sources[${i}].anchor`
    const known = [...slugs].join(', ') || 'none'
    issues.push({
      file,
      field,
      line: frontmatterFieldLine(yaml, field),
      message: `no heading "#${src.anchor}" in this lesson (headings: ${known})`,
    })
  })
  for (const example of examples) {
    if (slugs.has(example.anchor)) {
      issues.push({
        file,
        line: example.line,
        field: `<Example ${example.name}>.name`,
        message: `its anchor #${example.anchor} collides with a heading`,
      })
    }
  }
  const lesson: Lesson = {
    id,
    slug: folder.slug,
    chapterSlug,
    order: folder.order,
    dir: folder.dir,
    file,
    ...frontmatter.data,
    headings: tocHeadings(headings),
    anchors: [
      ...headings.map((h) => h.slug),
      ...examples.map((e) => e.anchor),
      ...refs.map((r) => `exercise-${r.id}`),
    ],
    examples,
    exerciseIds: refs.map((r) => r.id),
    source,
  }
  return { file, lesson, exercises, exerciseRefs: refs, links: extractLinks(parsed.tree), issues }
}

function headingIssues(headings: SluggedHeading[], file: string): ContentIssue[] {
  return headings
    .filter((h) => h.depth === 1)
    .map((h) => ({
      file,
      line: h.node.position?.start.line,
      message: `"# ${h.text}": the lesson title is the page's only h1; start sections at ##`,
    }))
}
