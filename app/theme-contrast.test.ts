import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getSingletonHighlighter } from 'shiki'
import { describe, expect, it } from 'vitest'
import { codeThemes } from '@/lib/mdx/shiki-options'

// WCAG AA for normal text, in both themes: every text colour we use against every background it
// sits on, plus every colour shiki gives Python tokens against the code background.
const css = readFileSync(path.join(import.meta.dirname, 'globals.css'), 'utf8')

function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  const block = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  )
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

const textOn: [text: string, backgrounds: string[]][] = [
  ['ink', ['page', 'surface', 'code-bg', 'accent-soft', 'note-soft', 'pitfall-soft']],
  ['ink-muted', ['page', 'surface', 'code-bg']],
  ['accent', ['page', 'surface', 'accent-soft']],
  ['on-accent', ['accent']],
  ['note', ['note-soft']],
  ['pitfall', ['pitfall-soft', 'surface']],
  ['danger', ['surface', 'code-bg']],
]

const sample = `import asyncio
@decorator
async def main(n: int = 1) -> None:
    """Docstring."""
    # a comment
    value = await asyncio.sleep(0.5, result=True) or None
    print(f"{value!r} and {n:>3}", 'text', b"bytes", 0x1F, len([1, 2]))
    raise ValueError("boom") from None
class Thing(Exception):
    pass
`

describe.each([
  ['light', ':root'],
  ['dark', "[data-theme='dark']"],
] as const)('the %s theme', (name, selector) => {
  const colours = palette(selector)

  it.each(textOn)('%s text is AA on its backgrounds', (text, backgrounds) => {
    for (const background of backgrounds) {
      const ratio = contrast(colours[text]!, colours[background]!)
      expect(ratio, `${text} on ${background}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('every highlighted Python token is AA on the code background', async () => {
    const theme = codeThemes[name]
    const highlighter = await getSingletonHighlighter({ themes: [theme], langs: ['python'] })
    const tokens = highlighter.codeToTokensBase(sample, { lang: 'python', theme }).flat()
    const used = new Set(tokens.map((t) => t.color?.slice(0, 7).toLowerCase()).filter(Boolean))
    for (const colour of used) {
      expect(contrast(colour!, colours['code-bg']!), `${colour} on code-bg`).toBeGreaterThanOrEqual(
        4.5,
      )
    }
  })
})
