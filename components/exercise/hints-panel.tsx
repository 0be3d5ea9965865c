'use client'

/** The exercise's hints, revealed one at a time (remembered in this browser), gentlest first. */
import { storageKeys } from '@/components/storage/browser-storage'
import { useStoredCount } from './use-stored-count'

export function HintsPanel({ exerciseId, hints }: { exerciseId: string; hints: string[] }) {
  const [shown, setShown] = useStoredCount(storageKeys.hints(exerciseId))
  if (hints.length === 0) return null
  const visible = hints.slice(0, Math.min(shown, hints.length))
  return (
    <div data-testid="hints">
      {visible.length > 0 && (
        <ol className="mb-2 space-y-2" aria-label="Hints">
          {visible.map((hint, index) => (
            <li
              key={index}
              data-testid="hint"
              className="rounded-md border border-note/30 bg-note-soft px-3 py-2 text-sm"
            >
              <span className="font-semibold text-note">Hint {index + 1}. </span>
              {hint}
            </li>
          ))}
        </ol>
      )}
      {visible.length < hints.length && (
        <button
          type="button"
          onClick={() => setShown(visible.length + 1)}
          className="rounded-md border border-line bg-page px-3 py-1 text-sm font-medium hover:border-note"
        >
          {visible.length === 0 ? 'Show a hint' : 'Show another hint'}{' '}
          <span className="text-ink-muted">
            ({visible.length + 1} of {hints.length})
          </span>
        </button>
      )}
    </div>
  )
}
