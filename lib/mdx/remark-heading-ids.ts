/**
 * Gives every heading its github-slugger id, computed by the same function the loader uses for
 * the table of contents and for checking `sources[].anchor`, so links can never point nowhere.
 */
import type { HeadingData, Root } from 'mdast'
import { slugHeadings } from '@looplab/runtime/content'

// mdast-util-to-hast reads `data.hProperties` to set attributes on the element it creates.
type WithHtmlProperties = HeadingData & { hProperties?: Record<string, unknown> }

export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const { node, slug } of slugHeadings(tree)) {
      const data: WithHtmlProperties = node.data ?? {}
      const next: WithHtmlProperties = { ...data, hProperties: { ...data.hProperties, id: slug } }
      node.data = next
    }
  }
}
