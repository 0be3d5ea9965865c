import { lineLinks } from './line-links'

/**
 * Text in which every mention of a line of the learner's file (traceback frames, warnings, the
 * runtime's notes) is a button that shows that line in the editor.
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
  if (!onLine) return <>{text}</>
  return (
    <>
      {lineLinks(text, file).map((segment, index) =>
        segment.line === undefined ? (
          <span key={index}>{segment.text}</span>
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

/** Plain words with `code` spans, as the runtime writes its diagnostics. */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-page px-1 py-0.5 font-mono text-[0.85em]">
            {part}
          </code>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  )
}
