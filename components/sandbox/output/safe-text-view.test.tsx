import type { DiffLine } from '@looplab/runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ComparisonDetails } from './comparison-view'
import type { ConsoleLine } from './console-lines'
import { ConsoleView } from './console-view'
import { DiagnosticsList } from './diagnostics-list'
import { InlineCode, LinkedText } from './linked-text'
import { RuntimeNoteCallout } from './runtime-note-callout'
import { LongText, SafeText } from './safe-text-view'

/** Every kind of hostile text a program can print. */
const hostile = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:alert(1)">click</a>',
  '\x1b[31mred\x1b[0m \x1b]8;;javascript:alert(1)\x1b\\link\x1b]8;;\x1b\\',
  'safe\rEVIL',
  'access\u202E\u2066 admin\u2069\u2066',
  'zero\u200Bwidth\uFEFF',
  'lone\uD800surrogate',
].join(' | ')

/** Elements these components draw themselves; program text never adds one. */
const ownTags = new Set(['div', 'span', 'p', 'button', 'code', 'ul', 'li', 'figure', 'figcaption'])
const iconTags = new Set(['svg', 'path', 'circle'])

/**
 * No element or attribute of the program's making. Text is escaped (`<` becomes `&lt;`), so
 * every `<` left in the markup opens an element React drew.
 */
function expectNoInjectedMarkup(html: string, allowed = ownTags) {
  for (const [, name = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(allowed.has(name) || iconTags.has(name), `<${name}>`).toBe(true)
    // Values are escaped (a quote is &quot;): every name="…" pair is one attribute of React's.
    const names = [...attributes.matchAll(/\s([\w:-]+)(?:="[^"]*")?/g)].map((m) => m[1])
    expect(names.filter((attr) => /^(on|href$|src$|style$)/i.test(attr ?? ''))).toEqual([])
  }
  for (const char of ['\x1b', '\r', '\u202E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\uD800'])
    expect(html).not.toContain(char)
}

/** What a reader sees: the markup's text. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
}

const line = (text: string, stream: 'stdout' | 'stderr' = 'stdout'): ConsoleLine => ({
  t: 0,
  stream,
  text,
})

describe('SafeText', () => {
  it('shows markup as text and every control or bidi character as a visible marker', () => {
    const html = renderToStaticMarkup(<SafeText text={hostile} />)
    expectNoInjectedMarkup(html)
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;')
    expect(html).toContain('&lt;script&gt;')
    expect(textOf(html)).toBe(
      '<img src=x onerror="window.__pwned=1"> | <script>window.__pwned=1</script> | ' +
        '<a href="javascript:alert(1)">click</a> | ' +
        '␛[31mred␛[0m ␛]8;;javascript:alert(1)␛\\link␛]8;;␛\\ | safe␍EVIL | ' +
        'access⟨U+202E⟩⟨U+2066⟩ admin⟨U+2069⟩⟨U+2066⟩ | zero⟨U+200B⟩width⟨U+FEFF⟩ | lone\uFFFDsurrogate',
    )
    expect(html).toMatch(/safe<span[^>]*>␍<\/span>EVIL/)
    expect(html).toMatch(/<span data-safe-mark="" title="U\+202E RIGHT-TO-LEFT OVERRIDE[^"]*"/)
    expect(html).toContain('⟨U+202E⟩⟨U+2066⟩')
    expect(html).toContain('zero<span')
    expect(html).toContain('lone<span')
    expect(html).toContain('\uFFFD')
  })
})

describe('LongText', () => {
  it('shows the start of a 1 MB line and a button for the rest', () => {
    const html = renderToStaticMarkup(<LongText text={'x'.repeat(1_000_000)} />)
    expect(html.length).toBeLessThan(3000)
    expect(html).toContain('… 998,000 more characters')
    expect(html).toContain('data-testid="more-characters"')
  })
  it('cuts before it looks for markers: a megabyte of ESC is cheap', () => {
    const started = performance.now()
    const html = renderToStaticMarkup(<LongText text={'\x1b'.repeat(1_000_000)} />)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(html).toContain('␛␛␛')
    expect(html).toContain('998,000 more characters')
  })
  it('shows a short text whole, with no button', () => {
    expect(renderToStaticMarkup(<LongText text="hello" />)).toBe('hello')
  })
})

describe('LinkedText', () => {
  it('links only lines of the learner’s file; a URL the program prints stays text', () => {
    const text = `  File "main.py", line 3, in x javascript:alert(1) https://evil.example ${hostile}`
    const html = renderToStaticMarkup(<LinkedText text={text} onLine={() => undefined} />)
    expectNoInjectedMarkup(html)
    expect(html.match(/<button/g)).toHaveLength(1)
    expect(html).toContain('⟨U+202E⟩')
    expect(renderToStaticMarkup(<LinkedText text={hostile} />)).toContain('⟨U+202E⟩')
  })
  it('InlineCode marks controls inside and outside code spans', () => {
    const html = renderToStaticMarkup(<InlineCode text={'task `\u202Eevil` waits\x1b[2J'} />)
    expectNoInjectedMarkup(html)
    expect(html).toContain('<code')
    expect(html).toContain('⟨U+202E⟩')
    expect(textOf(html)).toBe('task ⟨U+202E⟩evil waits␛[2J')
  })
})

describe('ConsoleView', () => {
  it('shows hostile output as text with visible markers', () => {
    const html = renderToStaticMarkup(
      <ConsoleView
        lines={[line(hostile), line(hostile, 'stderr')]}
        runSeconds={0}
        onLine={() => undefined}
      />,
    )
    expectNoInjectedMarkup(html)
    expect(html.match(/data-testid="output-line"/g)).toHaveLength(2)
    expect(html).toContain('⟨U+202E⟩')
  })

  it('a 1 MB line is cut, with the count of what is left out', () => {
    const html = renderToStaticMarkup(
      <ConsoleView lines={[line('y'.repeat(1_000_000))]} runSeconds={0} />,
    )
    expect(html.length).toBeLessThan(5000)
    expect(html).toContain('998,000 more characters')
  })

  it('100 000 lines: draws the first thousand and the last two hundred', () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => line(`line ${index}`))
    const started = performance.now()
    const html = renderToStaticMarkup(<ConsoleView lines={lines} runSeconds={0} />)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(html.match(/data-testid="output-line"/g)).toHaveLength(1200)
    expect(html).toContain('>line 999<')
    expect(html).not.toContain('>line 1000<')
    expect(html).toContain('… 98,800 more lines')
    expect(html).toContain('>line 99800<')
    expect(html).toContain('>line 99999<')
  })
})

describe('the rest of the output panel', () => {
  it('the diff against the lesson and its reasons', () => {
    const lines: DiffLine[] = [
      { kind: 'missing', text: 'expected', expectedLine: 1 },
      { kind: 'extra', text: hostile, actualLine: 1 },
      { kind: 'extra', text: 'z'.repeat(1_000_000), actualLine: 2 },
    ]
    const html = renderToStaticMarkup(
      <ComparisonDetails
        match={{
          kind: 'differs',
          reasons: [`The lesson’s run ends with “x”; yours with “${hostile}”.`],
          comparison: {
            matches: false,
            expected: ['expected'],
            actual: [hostile],
            lines,
            hunks: [
              {
                expectedStart: 1,
                expectedCount: 1,
                actualStart: 1,
                actualCount: 2,
                lines,
              },
            ],
          },
        }}
      />,
    )
    expectNoInjectedMarkup(html)
    expect(html.match(/⟨U\+202E⟩/g)).toHaveLength(2)
    expect(html).toContain('998,000 more characters')
  })

  it('the runtime’s note and its hints, which name the program’s tasks', () => {
    const note = `LoopLab: deadlock.\n  - ${hostile} waits for Queue.get() at line 6 of main.py`
    const html = renderToStaticMarkup(
      <>
        <RuntimeNoteCallout status="deadlock" note={note} onLine={() => undefined} />
        <DiagnosticsList diagnostics={[{ code: 'x', message: `\`${hostile}\``, line: 2 }]} />
      </>,
    )
    expectNoInjectedMarkup(html)
    expect(html.match(/⟨U\+202E⟩/g)).toHaveLength(2)
  })
})
