'use client'

/**
 * Program-controlled text on screen, by the rules of safe-text.ts: `SafeText` shows text with its
 * control, bidi and invisible characters as visible markers; `LongText` shows a long text's start
 * with a "… N more characters" button for the rest.
 */
import { useMemo, useState, type ReactNode } from 'react'
import { clipText, formatCount, nextLimit, safePieces } from './safe-text'

/** Characters of one line or message shown at first: a long paragraph, never a frozen page. */
export const initialChars = 2000

const markClasses =
  'mx-px rounded-sm bg-pitfall-soft px-0.5 text-[0.85em] text-pitfall ring-1 ring-pitfall/30'

export function SafeText({ text }: { text: string }) {
  const pieces = useMemo(() => safePieces(text), [text])
  return (
    <>
      {pieces.map((piece, index) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <span key={index} data-safe-mark="" title={piece.title} className={markClasses}>
            {piece.text}
          </span>
        ),
      )}
    </>
  )
}

/**
 * The first `initialChars` characters of `text`, drawn by `render` (SafeText unless told), and a
 * button that shows more of it, step by step.
 */
export function LongText({
  text,
  limit = initialChars,
  render = (shown) => <SafeText text={shown} />,
}: {
  text: string
  limit?: number
  render?: (shown: string) => ReactNode
}) {
  const [shownLimit, setShownLimit] = useState(limit)
  const { shown, hidden } = useMemo(() => clipText(text, shownLimit), [text, shownLimit])
  return (
    <>
      {render(shown)}
      {hidden > 0 && (
        <button
          type="button"
          data-testid="more-characters"
          onClick={() => setShownLimit(nextLimit)}
          aria-label={`Show more of this text (${formatCount(hidden)} more characters)`}
          className="ml-1 cursor-pointer rounded-sm border border-line bg-page px-1 font-sans text-xs text-ink-muted whitespace-nowrap hover:text-ink"
        >
          … {formatCount(hidden)} more characters
        </button>
      )}
    </>
  )
}
