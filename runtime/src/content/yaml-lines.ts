/** Finds the line of a frontmatter field, so a problem points at the line to edit. */
import { LineCounter, parseDocument } from 'yaml'

/**
 * 1-based line in the .mdx file of `field` ("sources[0].anchor"), or of its nearest existing
 * parent when the field is missing; the YAML starts on line 2, after the opening `---`.
 */
export function frontmatterFieldLine(yaml: string, field: string | undefined): number {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter })
  const keys = (field ?? '')
    .split(/\.|\[(\d+)\]/)
    .filter((k): k is string => k !== undefined && k !== '')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
  for (let n = keys.length; n > 0; n--) {
    const node: unknown = doc.getIn(keys.slice(0, n), true)
    const offset = rangeStart(node)
    if (offset !== undefined) return lineCounter.linePos(offset).line + 1
  }
  return 2
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined
  const range = node.range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined
}
