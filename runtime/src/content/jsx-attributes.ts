/**
 * Reads the attributes of an MDX JSX element as plain values. Lessons are data, not code: only
 * literal strings, and numbers/booleans in braces, are accepted, so the loader (and `looplab
 * verify`) can know every prop without evaluating JavaScript.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx'

export type AttributeValue = string | number | boolean
export type AttributeProblem = { field: string; message: string }
export type ReadAttributes = {
  /** Every attribute that could be read. */
  values: Record<string, AttributeValue>
  problems: AttributeProblem[]
}

export function readJsxAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): ReadAttributes {
  const values: Record<string, AttributeValue> = {}
  const problems: AttributeProblem[] = []
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ field: '{...}', message: 'spread attributes are not allowed' })
      continue
    }
    const { name, value } = attribute
    if (value === null || value === undefined) {
      values[name] = true
    } else if (typeof value === 'string') {
      values[name] = value
    } else {
      const literal = parseLiteral(value.value)
      if (literal === undefined) {
        const message = `must be a literal ("text", {2} or {true}), not the expression {${value.value}}`
        problems.push({ field: name, message })
      } else {
        values[name] = literal
      }
    }
  }
  return { values, problems }
}

function parseLiteral(expression: string): number | boolean | undefined {
  const text = expression.trim()
  if (text === 'true') return true
  if (text === 'false') return false
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text)
  return undefined
}
