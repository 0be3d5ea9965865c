/** Finds MDX JSX elements by name anywhere in a lesson (inside <Pitfall>, lists, …). */
import type { Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx'
import { visit } from 'unist-util-visit'

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

export function findJsxElements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = []
  visit(tree, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === name
    ) {
      found.push(node)
    }
  })
  return found
}

export function lineOf(node: { position?: { start: { line: number } } }): number | undefined {
  return node.position?.start.line
}
