/**
 * The MDX components a lesson may use, and their props. Checking them here (not at render time)
 * means a typo like <Pitfal> or a missing title fails the build with the file and line, and
 * `looplab verify` reports it too. The site's registry is typed against `LessonComponentName`.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { ContentIssue } from './content-error'
import { readJsxAttributes } from './jsx-attributes'

/** Component name → the props it accepts (Example's are checked by examples.ts in full). */
const componentProps = {
  Example: null,
  Exercise: ['id'],
  Note: [],
  Pitfall: ['title'],
} as const satisfies Record<string, readonly string[] | null>

export type LessonComponentName = keyof typeof componentProps
export const lessonComponentNames = Object.keys(componentProps) as LessonComponentName[]

export function componentIssues(tree: Root, file: string): ContentIssue[] {
  const issues: ContentIssue[] = []
  visit(tree, (node) => {
    const line = node.position?.start.line
    if (node.type === 'mdxjsEsm') {
      issues.push({
        file,
        line,
        message: 'lessons are content, not code: import/export is not allowed',
      })
      return
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
    const name = node.name
    if (!name || !/^[A-Z]/.test(name)) return // fragments and plain HTML elements
    if (!(name in componentProps)) {
      const known = lessonComponentNames.map((n) => `<${n}>`).join(', ')
      issues.push({
        file,
        line,
        field: `<${name}>`,
        message: `unknown component (known: ${known})`,
      })
      return
    }
    const allowed: readonly string[] | null = componentProps[name as LessonComponentName]
    if (allowed === null) return
    const { values, problems } = readJsxAttributes(node)
    for (const p of problems)
      issues.push({ file, line, field: `<${name}>.${p.field}`, message: p.message })
    for (const key of Object.keys(values)) {
      if (!allowed.includes(key)) {
        const expected = allowed.length ? `only ${allowed.join(', ')}` : 'none'
        issues.push({
          file,
          line,
          field: `<${name}>.${key}`,
          message: `unknown prop (${expected})`,
        })
      }
    }
    if (name === 'Pitfall' && typeof values.title !== 'string') {
      issues.push({
        file,
        line,
        field: '<Pitfall>.title',
        message: 'needs title="…" (the claim being corrected)',
      })
    }
  })
  return issues
}
