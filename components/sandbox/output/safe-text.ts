/**
 * Program output is written by whoever wrote the program — a reader may run code from a shared
 * link, and a grade shows a learner's output — so it is shown exactly as what it is: text, every
 * character accounted for. The rules, for every place that shows program-controlled text (the
 * console, the diff against the lesson, the runtime's notes, the grade report, the timeline's
 * names, labels, tooltips and table):
 *
 * - Markup is never parsed. Text reaches the DOM only as React text children or attribute values,
 *   which React escapes; nothing builds HTML, URLs or links from it (the only links are the
 *   console's buttons to a line of the learner's own file, see line-links.ts). `<script>`,
 *   `<img onerror=…>` and `javascript:` read as the characters they are.
 * - `\n` and `\t` keep their meaning (lines, indentation).
 * - Every other C0 control and DEL is shown as its Unicode control picture: ESC → ␛, CR → ␍,
 *   BS → ␈, BEL → ␇, NUL → ␀, DEL → ␡. ANSI escape sequences therefore read as `␛[31m`,
 *   `␛[2J`, `␛]8;;https://…␛\`: no colour, no cursor moves, no hyperlinks, no line overwritten by
 *   `\r`, nothing hidden — the rest of the sequence is ordinary printable text.
 * - C1 controls (U+0080–U+009F, CSI U+009B among them), every format character (Unicode Cf: the
 *   bidi embeddings, overrides, isolates and marks U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 *   U+061C; zero-width space, non-joiner and joiner; word joiner; U+FEFF; the soft hyphen; tag
 *   characters), the line and paragraph separators U+2028/U+2029 and the invisible fillers
 *   (U+034F, U+115F, U+1160, U+17B4, U+17B5, U+3164, U+FFA0) are shown as a marker `⟨U+202E⟩` and
 *   never applied, so "Trojan source" reordering cannot make output look other than it is.
 *   Two exceptions keep emoji whole, and hide nothing: a zero-width joiner between two pictographs
 *   (👩‍💻), and one variation selector right after a character (❤️); a second selector in a row
 *   (the way bytes are smuggled into an emoji) is a marker again.
 * - A lone surrogate (not a character at all) shows as U+FFFD, marked like the controls.
 * - Long text is cut for display (`clipText`): the rest waits behind an explicit
 *   "… N more characters" button, so a 1 MB line cannot freeze the page.
 */

/** What a piece of text is shown as: plain text, or a visible marker for invisible characters. */
export type SafePiece =
  { kind: 'text'; text: string } | { kind: 'mark'; text: string; title: string }

/** Styled markers per text at most; beyond that they stay visible, as plain text (keeps the DOM small). */
export const maxStyledMarks = 64

// Characters that are never shown as themselves. With the `u` flag a surrogate range matches only
// lone surrogates (a pair is one code point). Variation selectors are judged in context.
const special =
  /[\0-\x08\x0B-\x1F\x7F-\x9F\u034F\u115F\u1160\u17B4\u17B5\u2028\u2029\u3164\uFFA0\p{Cf}\uD800-\uDFFF]|\p{Variation_Selector}+/gu

const specialChar = new RegExp(`^(?:${special.source})$`, 'u')
const pictograph = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u
const selector = /^\p{Variation_Selector}$/u

const names: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'VERTICAL TAB',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x9d: 'OPERATING SYSTEM COMMAND',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/** The visible stand-in for one special character. */
export function markerFor(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x20) return String.fromCharCode(0x2400 + code) // ␀ … ␟ (␛ for ESC, ␍ for CR)
  if (code === 0x7f) return '\u2421' // ␡
  if (isSurrogate(code)) return '\uFFFD'
  return `⟨U+${hex(code)}⟩`
}

/** Words for a marker's tooltip. */
export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (isSurrogate(code))
    return `U+${hex(code)}, a lone surrogate (not a character), shown as U+FFFD`
  const name = names[code]
  const what =
    code < 0xa0 ? 'control character' : 'invisible format character (bidi, zero-width, …)'
  return `U+${hex(code)}${name ? ` ${name}` : ''}: ${what}, shown here instead of applied`
}

/** The code point before `index` in `text`. */
function pointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1)
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return index >= 1 ? text.slice(index - 1, index) : ''
}

function pointAt(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/**
 * The characters of one match that are shown as markers (others are kept as they are), as
 * [offset in match, character] pairs.
 */
function markedChars(text: string, match: string, index: number): [number, string][] {
  if (match === '\u200d') {
    // An emoji ZWJ sequence (👩‍💻) only joins glyphs: keep it.
    const joinsEmoji =
      pictograph.test(pointBefore(text, index)) &&
      pictograph.test(pointAt(text, index + 1)) &&
      !selector.test(pointAt(text, index + 1))
    return joinsEmoji ? [] : [[0, match]]
  }
  const first = pointAt(match, 0)
  if (!selector.test(first)) return [[0, match]]
  // A run of variation selectors: the first one after a visible character is part of it (❤️).
  const before = pointBefore(text, index)
  const keepFirst = before !== '' && !/^\s$/u.test(before) && !specialChar.test(before)
  const chars: [number, string][] = []
  let offset = 0
  for (const char of match) {
    if (offset > 0 || !keepFirst) chars.push([offset, char])
    offset += char.length
  }
  return chars
}

/**
 * Splits text into plain pieces and marker pieces, by the rules at the top of this file. A run
 * of adjacent markers is one piece. Pass only what will be shown (see `clipText`): the work and
 * the pieces grow with the text.
 */
export function safePieces(text: string, maxMarks = maxStyledMarks): SafePiece[] {
  const pieces: SafePiece[] = []
  let plain = ''
  let marks = 0
  let last = 0
  const pushPlain = (more: string) => {
    plain += more
  }
  const pushMark = (char: string) => {
    const marker = markerFor(char)
    const previous = pieces.at(-1)
    if (plain === '' && previous?.kind === 'mark') {
      previous.text += marker
      const title = describeChar(char)
      if (previous.title.length < 400 && !previous.title.includes(title)) {
        previous.title += `; ${title}`
      }
      return
    }
    if (marks >= maxMarks) {
      plain += marker // still visible, just not styled: keeps a hostile text's DOM small
      return
    }
    if (plain !== '') pieces.push({ kind: 'text', text: plain })
    plain = ''
    pieces.push({ kind: 'mark', text: marker, title: describeChar(char) })
    marks++
  }
  for (const match of text.matchAll(special)) {
    const index = match.index
    pushPlain(text.slice(last, index))
    let kept = 0
    for (const [offset, char] of markedChars(text, match[0], index)) {
      pushPlain(match[0].slice(kept, offset))
      pushMark(char)
      kept = offset + char.length
    }
    pushPlain(match[0].slice(kept))
    last = index + match[0].length
  }
  pushPlain(text.slice(last))
  if (plain !== '' || pieces.length === 0) pieces.push({ kind: 'text', text: plain })
  return pieces
}

/** The text with its markers inline, for places that take a string (SVG text, titles, labels). */
export function visibleText(text: string): string {
  return safePieces(text, 0)
    .map((piece) => piece.text)
    .join('')
}

/** Where to cut `text` to keep about `limit` UTF-16 units, never between a surrogate pair. */
function cutIndex(text: string, limit: number): number {
  if (text.length <= limit) return text.length
  const cut = Math.max(0, limit)
  const high = text.charCodeAt(cut - 1)
  const low = text.charCodeAt(cut)
  const splitsPair = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
  return splitsPair ? cut - 1 : cut
}

/** Code points in text.slice(from). */
function countPoints(text: string, from: number): number {
  let count = 0
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    if (pair) i++
    count++
  }
  return count
}

/** The first ~`limit` units of text, and how many characters (code points) are left out. */
export function clipText(text: string, limit: number): { shown: string; hidden: number } {
  const cut = cutIndex(text, limit)
  if (cut >= text.length) return { shown: text, hidden: 0 }
  return { shown: text.slice(0, cut), hidden: countPoints(text, cut) }
}

/**
 * How much more a "… N more characters" button reveals: a step that grows with what is already
 * shown (few clicks for a long line), yet never so much that one click stalls the page.
 */
export function nextLimit(limit: number): number {
  return limit + Math.min(100_000, Math.max(20_000, limit))
}

/** "1,000,000", the same on the server and in every browser. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US')
}

/**
 * A one-line label from program-controlled text (a task's name, what it waits for, what it
 * printed): whole if it has at most `maxChars` characters, else its first `maxChars - 1` and "…";
 * newlines as ⏎, the rest by the rules above.
 */
export function labelText(text: string, maxChars: number): string {
  const whole = text.length <= maxChars
  const { shown } = clipText(text, whole ? maxChars : maxChars - 1)
  const line = visibleText(shown).replace(/\n/g, ' ⏎ ')
  return whole ? line : `${line}…`
}
