import type { Metadata } from 'next'
import { Playground } from '@/components/sandbox/playground/playground'
import { IslandBoundary } from '@/components/ui/island-boundary'

export const metadata: Metadata = {
  title: 'Playground',
  description:
    'Write any asyncio program and run it in your browser under a virtual clock: its output, how long it took, and a timeline of every task.',
}

export default function PlaygroundPage() {
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto w-full max-w-5xl px-4 py-8 outline-none sm:px-6 lg:py-10"
    >
      <h1 className="text-3xl font-bold tracking-tight">Playground</h1>
      <p className="mt-2 max-w-3xl text-ink-muted">
        Any asyncio program, run in your browser on LoopLab’s virtual clock: sleeps take no real
        time, and the timeline shows what every task did. Your code stays in this browser; Share
        puts it in a link.
      </p>
      <div className="mt-6">
        <IslandBoundary label="The playground">
          <Playground />
        </IslandBoundary>
      </div>
    </main>
  )
}
