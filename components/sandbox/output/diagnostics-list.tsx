import type { Diagnostic } from '@looplab/runtime'
import { InfoIcon } from '@/components/ui/icons'
import { InlineCode } from './linked-text'
import { LongText } from './safe-text-view'

/**
 * The runtime's pitfall detectors (a blocking call, a coroutine never awaited…) as friendly
 * callouts that name the line, with a button to show it. A deadlock's diagnostic repeats the
 * runtime note, so the panel leaves that one out.
 */
export function DiagnosticsList({
  diagnostics,
  onLine,
}: {
  diagnostics: readonly Diagnostic[]
  onLine?: (line: number) => void
}) {
  if (diagnostics.length === 0) return null
  return (
    <ul aria-label="Hints about this run" className="mx-4 mt-2 space-y-2" data-testid="diagnostics">
      {diagnostics.map((diagnostic, index) => (
        <li
          key={index}
          data-code={diagnostic.code}
          className="flex gap-2 rounded-md border border-note/30 bg-note-soft px-3 py-2 text-sm"
        >
          <InfoIcon className="mt-0.5 size-4 shrink-0 text-note" />
          <p className="min-w-0 text-ink">
            {diagnostic.line !== undefined &&
              (onLine ? (
                <button
                  type="button"
                  onClick={() => onLine(diagnostic.line!)}
                  className="mr-1.5 cursor-pointer font-semibold text-note underline underline-offset-2"
                >
                  Line {diagnostic.line}
                </button>
              ) : (
                <span className="mr-1.5 font-semibold text-note">Line {diagnostic.line}</span>
              ))}
            <LongText text={diagnostic.message} render={(shown) => <InlineCode text={shown} />} />
          </p>
        </li>
      ))}
    </ul>
  )
}
