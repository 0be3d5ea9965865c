/**
 * Heading slugs, computed once from the lesson's syntax tree. The site's remark plugin calls
 * `slugHeadings` on the tree it compiles, and the loader on the tree it parses: both walk the same
 * headings in the same order with github-slugger, so TOC links, `sources[].anchor` checks and the
 * rendered ids always agree.
 */
import GithubSlugger from 'github-slugger'
import type { Heading as MdastHeading, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Heading } from './types'

export type SluggedHeading = { node: MdastHeading; depth: number; text: string; slug: string }

export function slugHeadings(tree: Root): SluggedHeading[] {
  const slugger = new GithubSlugger()
  const found: SluggedHeading[] = []
  visit(tree, 'heading', (node) => {
    const text = plainText(node).trim()
    found.push({ node, depth: node.depth, text, slug: slugger.slug(text) })
  })
  return found
}

/** The entries of the table of contents: sections (##) and subsections (###). */
export function tocHeadings(headings: SluggedHeading[]): Heading[] {
  return headings.flatMap(({ depth, text, slug }) =>
    depth === 2 || depth === 3 ? [{ depth, text, slug }] : [],
  )
}

function plainText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  if ('value' in node && typeof node.value === 'string') {
    return 'type' in node && (node.type === 'text' || node.type === 'inlineCode') ? node.value : ''
  }
  if ('children' in node && Array.isArray(node.children)) {
    return node.children.map(plainText).join('')
  }
  return ''
}
