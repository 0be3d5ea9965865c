/**
 * Turns the authored <Example> and <Exercise id> elements into typed props for their components:
 * - <Example>: its fences become `example={LessonExample}` (code, expected output, status, …) and
 *   `lessonId`; only the python fence stays as a child, so shiki highlights it at build time.
 * - <Exercise id>: gets `exercise={…}` plus its prompt.md and starter.py as children.
 * Malformed elements fail the build with the lesson file and the element named.
 */
import type { Code, Heading, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx'
import { gfm } from 'micromark-extension-gfm'
import {
  ContentError,
  findJsxElements,
  readExample,
  type ContentIssue,
  type Exercise,
  type Lesson,
} from '@looplab/runtime/content'
import { jsonProgram, type Json } from './json-to-estree'

export type LessonComponentsOptions = {
  lesson: Lesson
  exercises: Record<string, Exercise>
}

export function remarkLessonComponents({ lesson, exercises }: LessonComponentsOptions) {
  return (tree: Root) => {
    const issues: ContentIssue[] = []
    for (const node of findJsxElements(tree, 'Example')) {
      const result = readExample(node, lesson.file)
      if (!result.ok) {
        issues.push(...result.issues)
        continue
      }
      node.attributes = [
        jsonAttribute('example', result.example),
        stringAttribute('lessonId', lesson.id),
      ]
      node.children = node.children.filter((child): child is Code => isFence(child, 'python'))
    }
    for (const node of findJsxElements(tree, 'Exercise')) {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value
      const exercise = typeof id === 'string' ? exercises[id] : undefined
      if (!exercise || node.type !== 'mdxJsxFlowElement') {
        const line = node.position?.start.line
        const message = exercise
          ? 'put <Exercise /> on a line of its own'
          : `no exercise folder named "${String(id)}"`
        issues.push({ file: lesson.file, line, field: `<Exercise ${String(id)}>`, message })
        continue
      }
      const { id: exerciseId, title, lessonId, starter } = exercise
      node.attributes = [jsonAttribute('exercise', { id: exerciseId, title, lessonId, starter })]
      node.children = [...promptNodes(exercise.prompt), starterNode(starter)]
    }
    if (issues.length > 0) throw new ContentError(issues)
  }
}

function isFence(node: RootContent, lang: string): boolean {
  return node.type === 'code' && node.lang === lang
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value }
}

function jsonAttribute(name: string, value: Json): MdxJsxAttribute {
  const estree = jsonProgram(value)
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: { estree },
    },
  }
}

/**
 * prompt.md stands alone (the CLI and grader show it too), so it may open with `# Title`. In the
 * lesson the exercise's title is already shown: drop that h1 and nest any other headings below the
 * exercise's own, so the page keeps one h1 and a clean outline.
 */
function promptNodes(markdown: string): MdxJsxFlowElement['children'] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const [first, ...rest] = tree.children
  const nodes = first?.type === 'heading' && first.depth === 1 ? rest : tree.children
  for (const node of nodes) {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + 3) as Heading['depth']
  }
  return nodes as MdxJsxFlowElement['children']
}

function starterNode(starter: string): MdxJsxFlowElement {
  const code: Code = { type: 'code', lang: 'python', value: starter.replace(/\n$/, '') }
  const attributes = [stringAttribute('code', starter)]
  return { type: 'mdxJsxFlowElement', name: 'ExerciseStarter', attributes, children: [code] }
}
