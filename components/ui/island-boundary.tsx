'use client'

/**
 * An error boundary around each interactive island (an example's sandbox, an exercise's
 * workbench, the timeline): a crash inside one shows a message and a Reset in its place, and the
 * rest of the lesson keeps working — never a blank page (docs/architecture.md, "The page").
 * The learner's code is kept by the island's own storage, so Reset loses nothing.
 */
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  /** What broke, as a reader names it: "This example", "The timeline". */
  label: string
  children: ReactNode
}

type State = { error: Error | null; generation: number }

export class IslandBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the console: the component stack says which part of the island failed.
    console.error(`[looplab] ${this.props.label} stopped working:`, error, info.componentStack)
  }

  private reset = () => {
    this.setState(({ generation }) => ({ error: null, generation: generation + 1 }))
  }

  override render() {
    if (this.state.error) {
      return (
        <IslandFallback label={this.props.label} error={this.state.error} onReset={this.reset} />
      )
    }
    // A new key on Reset: the island starts over from scratch rather than from its broken state.
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>
  }
}

export function IslandFallback({
  label,
  error,
  onReset,
}: {
  label: string
  error: Error
  onReset: () => void
}) {
  return (
    <div
      role="alert"
      data-testid="island-error"
      className="not-prose my-2 rounded-md border border-pitfall/50 bg-pitfall-soft px-3 py-2 text-sm text-ink"
    >
      <p>
        <strong>{label} stopped working</strong> because of a fault in LoopLab, not in your code
        (which is kept). Reset starts it again; the rest of the page is unaffected.
      </p>
      <p className="mt-1 font-mono text-xs break-words text-ink-muted">{error.message}</p>
      <button
        type="button"
        onClick={onReset}
        className="mt-2 rounded-md border border-line bg-surface px-2.5 py-1 text-xs font-medium hover:bg-page"
      >
        Reset
      </button>
    </div>
  )
}
