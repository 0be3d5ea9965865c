/**
 * Finds the places in Python's output that point at the learner's code, so the console can turn
 * them into links to the editor line: traceback frames (`File "main.py", line 12`), warnings
 * (`main.py:5: RuntimeWarning`), and the runtime's own words (`at line 6 of main.py`). Frames in
 * other files (asyncio's own, /lib/python314.zip/…) stay plain text: there is nothing to open.
 */

export type TextSegment = { text: string; line?: number }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function linkPattern(file: string): RegExp {
  const name = escapeRegExp(file)
  return new RegExp(
    [
      `File "${name}", line (\\d+)`,
      `(?<![\\w/.-])${name}:(\\d+)(?=:)`,
      `line (\\d+) of ${name}\\b`,
    ].join('|'),
    'g',
  )
}

/** Splits `text` into plain segments and segments that name a line of `file`. */
export function lineLinks(text: string, file = 'main.py'): TextSegment[] {
  const segments: TextSegment[] = []
  let last = 0
  for (const match of text.matchAll(linkPattern(file))) {
    const line = Number(match[1] ?? match[2] ?? match[3])
    const start = match.index
    if (start > last) segments.push({ text: text.slice(last, start) })
    segments.push({ text: match[0], line })
    last = start + match[0].length
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) })
  return segments
}
