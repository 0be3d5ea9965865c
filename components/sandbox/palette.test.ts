import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// AA in both themes for the sandbox's own colours (sandbox.css) against the site's backgrounds
// (app/globals.css): text 4.5:1, chart graphics 3:1 (WCAG 1.4.11, non-text contrast).
const root = path.join(import.meta.dirname, '..', '..')
const css = ['app/globals.css', 'components/sandbox/sandbox.css']
  .map((file) => readFileSync(path.join(root, file), 'utf8'))
  .join('\n')

function palette(selector: string): Record<string, string> {
  const colours: Record<string, string> = {}
  let at = css.indexOf(`${selector} {`)
  while (at !== -1) {
    const block = css.slice(at, css.indexOf('}', at))
    for (const m of block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)) colours[m[1]!] = m[2]!
    at = css.indexOf(`${selector} {`, at + 1)
  }
  return colours
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

const tokens = [
  'tok-keyword',
  'tok-string',
  'tok-comment',
  'tok-number',
  'tok-function',
  'tok-meta',
]

const text: [string, string[]][] = [
  ['sbx-ok', ['page', 'surface', 'sbx-ok-soft']],
  ['danger', ['sbx-danger-soft', 'page']],
  ['pitfall', ['page']],
  ['sbx-waiting-ink', ['sbx-waiting']],
  ['sbx-diff-add-ink', ['sbx-diff-add']],
  ['sbx-diff-del-ink', ['sbx-diff-del']],
  ['ink', ['sbx-flag-error', 'sbx-flag-warn', 'sbx-diff-add', 'sbx-diff-del', 'sbx-waiting']],
  ['ink-muted', ['sbx-diff-add', 'sbx-diff-del']],
  ...tokens.map((token): [string, string[]] => [
    token,
    ['code-bg', 'sbx-flag-error', 'sbx-flag-warn'],
  ]),
]

const graphics: [string, string[]][] = [
  ['sbx-running', ['surface', 'page']],
  ['sbx-waiting-edge', ['surface', 'page']],
  ['sbx-ready', ['surface', 'page']],
  ['sbx-print', ['surface', 'page']],
  ['sbx-playhead', ['surface', 'page']],
  ['sbx-ok', ['surface']],
  ['danger', ['surface']],
  ['pitfall', ['surface']],
]

describe.each([
  ['light', ':root'],
  ['dark', "[data-theme='dark']"],
] as const)('the %s theme', (_name, selector) => {
  const colours = palette(selector)

  it.each(text)('%s text is AA on its backgrounds', (fg, backgrounds) => {
    for (const bg of backgrounds) {
      expect(colours[fg], fg).toBeDefined()
      expect(colours[bg], bg).toBeDefined()
      expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it.each(graphics)('%s graphics stand out from the chart background', (fg, backgrounds) => {
    for (const bg of backgrounds) {
      expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3)
    }
  })
})
