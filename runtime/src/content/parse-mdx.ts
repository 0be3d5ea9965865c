/**
 * Parses a lesson the way MDX itself will (micromark + the mdxjs and GFM extensions), so what the
 * loader sees — examples, headings, components — is exactly what the site compiles.
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { mdxFromMarkdown } from 'mdast-util-mdx'
import { gfm } from 'micromark-extension-gfm'
import { mdxjs } from 'micromark-extension-mdxjs'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { ContentIssue } from './content-error'

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

export type SplitSource = {
  /** The YAML between the fences, or null when the file has no frontmatter. */
  yaml: string | null
  /** The MDX after the frontmatter, with the frontmatter replaced by blank lines (lines stay true). */
  body: string
}

export function splitFrontmatter(source: string): SplitSource {
  const match = frontmatterPattern.exec(source)
  if (!match) return { yaml: null, body: source }
  const blank = '\n'.repeat(match[0].split('\n').length - 1)
  return { yaml: match[1] ?? '', body: blank + source.slice(match[0].length) }
}

export type ParsedYaml = { ok: true; data: unknown } | { ok: false; issue: ContentIssue }

export function parseFrontmatterYaml(yaml: string, file: string): ParsedYaml {
  try {
    return { ok: true, data: parseYaml(yaml) ?? {} }
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    // +1: the opening `---` sits on line 1, so YAML line 1 is file line 2.
    const line = error.linePos?.[0].line
    return {
      ok: false,
      issue: {
        file,
        line: line === undefined ? undefined : line + 1,
        field: 'frontmatter',
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      },
    }
  }
}

export type ParsedMdx = { ok: true; tree: Root } | { ok: false; issue: ContentIssue }

export function parseMdx(body: string, file: string): ParsedMdx {
  try {
    const tree = fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    })
    return { ok: true, tree }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const line = lineOf(error)
    return { ok: false, issue: { file, line, message: `MDX syntax error: ${message}` } }
  }
}

function lineOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('line' in error)) return undefined
  return typeof error.line === 'number' ? error.line : undefined
}
