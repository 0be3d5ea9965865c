import { describe, expect, it } from 'vitest'
import {
  clipText,
  describeChar,
  labelText,
  markerFor,
  maxStyledMarks,
  nextLimit,
  safePieces,
  visibleText,
} from './safe-text'

describe('visibleText', () => {
  it('leaves ordinary text, newlines, tabs and markup characters alone (React escapes them)', () => {
    const text =
      'a\tb\n<img src=x onerror="alert(1)"> <script>x</script> javascript:alert(1) é 日本 🙂'
    expect(visibleText(text)).toBe(text)
    expect(safePieces(text)).toEqual([{ kind: 'text', text }])
  })

  it('shows ANSI escape sequences with a visible ESC and no colour or cursor semantics', () => {
    expect(visibleText('\x1b[31mred\x1b[0m')).toBe('␛[31mred␛[0m')
    expect(visibleText('\x1b[2J\x1b[H')).toBe('␛[2J␛[H')
    // An OSC 8 hyperlink is text, its URL visible; BEL and ST terminators too.
    expect(visibleText('\x1b]8;;https://evil.example\x07click\x1b]8;;\x1b\\')).toBe(
      '␛]8;;https://evil.example␇click␛]8;;␛\\',
    )
  })

  it('never lets \\r, \\b or NUL overwrite or hide text', () => {
    expect(visibleText('safe\rEVIL')).toBe('safe␍EVIL')
    expect(visibleText('abc\b\b\bxyz')).toBe('abc␈␈␈xyz')
    expect(visibleText('a\0b\x7f')).toBe('a␀b␡')
    expect(visibleText('\x0b\x0c')).toBe('␋␌')
  })

  it('marks every bidi control, so Trojan-source reordering cannot happen', () => {
    const bidi = [
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f,
      0x061c,
    ]
    for (const code of bidi) {
      const char = String.fromCodePoint(code)
      const hex = code.toString(16).toUpperCase().padStart(4, '0')
      expect(visibleText(`x${char}y`)).toBe(`x⟨U+${hex}⟩y`)
    }
    // The classic: an "access level" check that reads differently from what it is.
    expect(visibleText('user\u202E \u2066// admin\u2069 \u2066')).toBe(
      'user⟨U+202E⟩ ⟨U+2066⟩// admin⟨U+2069⟩ ⟨U+2066⟩',
    )
  })

  it('marks zero-width and other invisible format characters', () => {
    expect(visibleText('pass\u200Bword')).toBe('pass⟨U+200B⟩word')
    expect(visibleText('\uFEFFbom')).toBe('⟨U+FEFF⟩bom')
    expect(visibleText('a\u2060b\u00ADc\u200Cd')).toBe('a⟨U+2060⟩b⟨U+00AD⟩c⟨U+200C⟩d')
    expect(visibleText('a\u2028b\u2029c')).toBe('a⟨U+2028⟩b⟨U+2029⟩c')
    expect(visibleText('\u3164\u115F')).toBe('⟨U+3164⟩⟨U+115F⟩')
    expect(visibleText('x\u0085\u009by')).toBe('x⟨U+0085⟩⟨U+009B⟩y')
    // Tag characters can smuggle a hidden message.
    expect(visibleText('hi\u{E0068}\u{E0069}')).toBe('hi⟨U+E0068⟩⟨U+E0069⟩')
  })

  it('keeps emoji whole: a ZWJ between pictographs, one variation selector', () => {
    for (const emoji of ['👩‍💻', '❤️', '🏳️‍🌈', '👩🏽‍💻', '☕️']) expect(visibleText(emoji)).toBe(emoji)
    // …but a joiner anywhere else, or selectors piled up to carry data, are shown.
    expect(visibleText('a\u200Db')).toBe('a⟨U+200D⟩b')
    expect(visibleText('👩\u200D')).toBe('👩⟨U+200D⟩')
    expect(visibleText('😀\uFE0F\uFE01\u{E0100}')).toBe('😀\uFE0F⟨U+FE01⟩⟨U+E0100⟩')
    expect(visibleText('\uFE0Fx')).toBe('⟨U+FE0F⟩x')
    expect(visibleText(' \uFE0F')).toBe(' ⟨U+FE0F⟩')
  })

  it('shows lone surrogates as U+FFFD and keeps proper pairs', () => {
    expect(visibleText('a\uD800b')).toBe('a\uFFFDb')
    expect(visibleText('\uDC00')).toBe('\uFFFD')
    expect(visibleText('x\uD83D')).toBe('x\uFFFD')
    expect(visibleText('\uD83D\uDE00')).toBe('😀')
  })
})

describe('safePieces', () => {
  it('splits text and markers, a run of markers being one piece with a tooltip', () => {
    expect(safePieces('a\u202E\u2066b')).toEqual([
      { kind: 'text', text: 'a' },
      {
        kind: 'mark',
        text: '⟨U+202E⟩⟨U+2066⟩',
        title: `${describeChar('\u202E')}; ${describeChar('\u2066')}`,
      },
      { kind: 'text', text: 'b' },
    ])
    expect(describeChar('\u202E')).toMatch(/^U\+202E RIGHT-TO-LEFT OVERRIDE: .*instead of applied$/)
    expect(safePieces('')).toEqual([{ kind: 'text', text: '' }])
    expect(safePieces('\x1b')).toEqual([{ kind: 'mark', text: '␛', title: describeChar('\x1b') }])
  })

  it('styles a bounded number of markers; the rest stay visible as text', () => {
    const hostile = 'a\x1b'.repeat(10_000)
    const pieces = safePieces(hostile)
    expect(pieces.filter((piece) => piece.kind === 'mark')).toHaveLength(maxStyledMarks)
    expect(pieces.length).toBeLessThanOrEqual(2 * maxStyledMarks + 1)
    expect(pieces.map((piece) => piece.text).join('')).toBe('a␛'.repeat(10_000))
  })

  it('is quick on a long hostile text', () => {
    const text = '\u202Eab\x1b[0m'.repeat(50_000)
    const started = performance.now()
    safePieces(text)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('markerFor', () => {
  it('uses control pictures for C0 and DEL, code points for the rest', () => {
    expect(markerFor('\x1b')).toBe('␛')
    expect(markerFor('\r')).toBe('␍')
    expect(markerFor('\x7f')).toBe('␡')
    expect(markerFor('\u202E')).toBe('⟨U+202E⟩')
    expect(markerFor('\u{E0041}')).toBe('⟨U+E0041⟩')
  })
})

describe('clipText', () => {
  it('keeps short text whole', () => {
    expect(clipText('short', 10)).toEqual({ shown: 'short', hidden: 0 })
  })
  it('cuts a 1 MB line, counting what is left out', () => {
    const line = 'x'.repeat(1_000_000)
    const { shown, hidden } = clipText(line, 2000)
    expect(shown).toHaveLength(2000)
    expect(hidden).toBe(998_000)
  })
  it('never cuts a surrogate pair in half, and counts characters, not UTF-16 units', () => {
    expect(clipText('a😀😀', 2)).toEqual({ shown: 'a', hidden: 2 })
    expect(clipText('a😀😀', 3)).toEqual({ shown: 'a😀', hidden: 1 })
  })
  it('grows in steps that stay bounded', () => {
    expect(nextLimit(2000)).toBe(22_000)
    expect(nextLimit(40_000)).toBe(80_000)
    expect(nextLimit(500_000)).toBe(600_000)
  })
})

describe('labelText', () => {
  it('makes one safe, short line', () => {
    expect(labelText('evil\u202Ename\nnext', 100)).toBe('evil⟨U+202E⟩name ⏎ next')
    expect(labelText('y'.repeat(1_000_000), 10)).toBe(`${'y'.repeat(9)}…`)
    expect(labelText('y'.repeat(10), 10)).toBe('y'.repeat(10))
    expect(labelText('<b>bold</b>', 20)).toBe('<b>bold</b>')
  })
})
