import type { RunStatus } from '@looplab/runtime'
import { WarningIcon } from '@/components/ui/icons'
import { LinkedText } from './linked-text'
import { noteForDisplay } from './runtime-note'
import { LongText } from './safe-text-view'
import { statusWords } from './status-words'

/** The runtime's own explanation of why it stopped the program, by the status badge. */
export function RuntimeNoteCallout({
  status,
  note,
  onLine,
}: {
  status: RunStatus
  note: string
  onLine?: (line: number) => void
}) {
  const quiet = status === 'interrupted'
  return (
    <div
      role="note"
      data-testid="runtime-note"
      className={`mx-4 mt-2 flex gap-2 rounded-md border px-3 py-2 text-sm ${quiet ? 'border-line bg-page' : 'border-pitfall/40 bg-pitfall-soft'}`}
    >
      {!quiet && <WarningIcon className="mt-0.5 size-4 shrink-0 text-pitfall" />}
      <div className="min-w-0">
        <p className={`font-semibold ${quiet ? 'text-ink' : 'text-pitfall'}`}>
          {statusWords[status].stoppedTitle}
        </p>
        <p className="break-words whitespace-pre-wrap text-ink">
          {/* Task names in a deadlock's note are the program's: shown safely, long ones cut. */}
          <LongText
            text={noteForDisplay(note)}
            limit={6000}
            render={(shown) => <LinkedText text={shown} onLine={onLine} />}
          />
        </p>
      </div>
    </div>
  )
}
