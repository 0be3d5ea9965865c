import { lineLinks } from './line-links'
import { SafeText } from './safe-text-view'

/**
 * Text in which every mention of a line of the learner's file (traceback frames, warnings, the
 * runtime's notes) is a button that shows that line in the editor. Nothing else becomes a link:
 * a URL the program prints stays text. Everything is shown by the rules of safe-text.ts.
 */
export function LinkedText({
  text,
  file = 'main.py',
  onLine,
}: {
  text: string
  file?: string
  onLine?: (line: number) => void
}) {
  if (!onLine) return <SafeText text={text} />
  return (
    <>
      {lineLinks(text, file).map((segment, index) =>
        segment.line === undefined ? (
          <span key={index}>
            <SafeText text={segment.text} />
          </span>
        ) : (
          <button
            key={index}
            type="button"
            onClick={() => onLine(segment.line!)}
            aria-label={`${segment.text} — show line ${segment.line} in the editor`}
            className="cursor-pointer rounded-sm underline decoration-1 underline-offset-2 hover:decoration-2"
          >
            {segment.text}
          </button>
        ),
      )}
    </>
  )
}

/** Plain words with `code` spans, as the runtime writes its diagnostics (names in them are the program's). */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-page px-1 py-0.5 font-mono text-[0.85em]">
            <SafeText text={part} />
          </code>
        ) : (
          <span key={index}>
            <SafeText text={part} />
          </span>
        ),
      )}
    </>
  )
}
