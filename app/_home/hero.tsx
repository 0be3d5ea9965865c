import Link from 'next/link'
import { HighlightedCode } from '@/components/ui/highlighted-code'
import { ArrowRightIcon } from '@/components/ui/icons'
import { sampleOutput, sampleProgram } from './sample-program'

type HeroProps = {
  firstLessonHref: string | null
  stats: { label: string; value: number }[]
}

export function Hero({ firstLessonHref, stats }: HeroProps) {
  return (
    <section aria-labelledby="hero-title" className="border-b border-line bg-surface">
      <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-14 sm:px-6 lg:grid-cols-[1fr_minmax(0,34rem)] lg:py-20">
        <div>
          <p className="text-sm font-semibold text-accent">
            A hands-on course in Python&apos;s asyncio
          </p>
          <h1
            id="hero-title"
            className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-5xl"
          >
            Learn asyncio by running it.
          </h1>
          <p className="mt-5 max-w-xl text-lg text-pretty text-ink-muted">
            Event loops, coroutines, tasks, cancellation, timeouts: each idea comes with a program
            you run, change and break, on a clock that shows what really happens while you wait.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {firstLessonHref && (
              <Link
                href={firstLessonHref}
                className="inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
              >
                Start the course <ArrowRightIcon className="size-4" />
              </Link>
            )}
            <Link
              href="#course"
              className="inline-flex items-center rounded-lg border border-line bg-page px-5 py-2.5 font-semibold hover:border-accent"
            >
              See the outline
            </Link>
          </div>
          <dl className="mt-8 flex flex-wrap gap-x-8 gap-y-3 text-sm" data-testid="course-stats">
            {stats.map(({ label, value }) => (
              <div key={label} className="flex items-baseline gap-1.5">
                <dt className="sr-only">{label}</dt>
                <dd className="text-2xl font-bold tabular-nums">{value}</dd>
                <span aria-hidden="true" className="text-ink-muted">
                  {label}
                </span>
              </div>
            ))}
          </dl>
        </div>
        <figure className="example-frame overflow-hidden rounded-xl border border-line bg-page shadow-sm [&_pre.shiki]:text-[13px]">
          <figcaption className="border-b border-line px-4 py-2 font-mono text-xs text-ink-muted">
            brew.py: two waits, one loop
          </figcaption>
          <HighlightedCode code={sampleProgram.trimEnd()} label="Example program" />
          <div className="border-t border-line">
            <p className="px-4 pt-2 text-xs font-medium text-ink-muted">Output</p>
            <pre className="px-4 pt-1 pb-3 font-mono text-sm">{sampleOutput.trimEnd()}</pre>
          </div>
          <p className="border-t border-line px-4 py-2 text-sm text-ink-muted">
            3 s, not 5: while one task sleeps, the loop runs the other.
          </p>
        </figure>
      </div>
    </section>
  )
}
