'use client'

/**
 * The model solution: offered only once the learner has tried (a Check, here or earlier), shown
 * only after they confirm, and fetched from the server only then — it is never in the page.
 */
import { useState } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { exerciseSolution } from './exercise-files'

type State =
  | { step: 'closed' }
  | { step: 'confirming' }
  | { step: 'loading' }
  | { step: 'shown'; code: string }
  | { step: 'failed'; message: string }

export function SolutionPanel({
  exerciseId,
  attempted,
  onUse,
}: {
  exerciseId: string
  attempted: boolean
  /** Puts the solution in the editor (the learner's code can be brought back with Undo). */
  onUse(code: string): void
}) {
  const [state, setState] = useState<State>({ step: 'closed' })
  const button =
    'rounded-md border border-line bg-page px-3 py-1 text-sm font-medium hover:border-accent'

  const reveal = async () => {
    setState({ step: 'loading' })
    try {
      setState({ step: 'shown', code: await exerciseSolution(exerciseId) })
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }

  if (!attempted) {
    return (
      <p className="text-sm text-ink-muted" data-testid="solution-locked">
        The solution can be shown once you have checked an answer of your own.
      </p>
    )
  }
  switch (state.step) {
    case 'closed':
      return (
        <button type="button" className={button} onClick={() => setState({ step: 'confirming' })}>
          Show the solution
        </button>
      )
    case 'confirming':
      return (
        <div
          role="alertdialog"
          aria-labelledby={`solution-confirm-${exerciseId}`}
          className="rounded-md border border-pitfall/40 bg-pitfall-soft px-3 py-2 text-sm"
        >
          <p id={`solution-confirm-${exerciseId}`}>
            Seeing the solution ends the puzzle: you learn most by getting there yourself. Show it
            anyway?
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={button} onClick={() => void reveal()} autoFocus>
              Yes, show the solution
            </button>
            <button type="button" className={button} onClick={() => setState({ step: 'closed' })}>
              Keep trying
            </button>
          </div>
        </div>
      )
    case 'loading':
      return <p className="text-sm text-ink-muted">Fetching the solution…</p>
    case 'failed':
      return (
        <p role="alert" className="text-sm text-danger">
          {state.message}{' '}
          <button type="button" className="underline" onClick={() => void reveal()}>
            Try again
          </button>
        </p>
      )
    case 'shown':
      return (
        <figure data-testid="solution" className="overflow-hidden rounded-lg border border-line">
          <figcaption className="flex items-center justify-between gap-2 border-b border-line bg-surface px-3 py-1.5 text-xs">
            <span className="font-mono text-ink-muted">solution.py</span>
            <span className="flex items-center gap-1">
              <button
                type="button"
                onClick={() => onUse(state.code)}
                className="rounded-md px-2 py-1 font-medium text-ink-muted hover:bg-page hover:text-ink"
              >
                Put it in the editor
              </button>
              <CopyButton text={state.code} />
            </span>
          </figcaption>
          <pre
            tabIndex={0}
            className="overflow-x-auto bg-code p-3 font-mono text-sm leading-relaxed"
          >
            <code>{state.code}</code>
          </pre>
        </figure>
      )
  }
}
