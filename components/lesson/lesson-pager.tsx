import Link from 'next/link'
import { ArrowLeftIcon, ArrowRightIcon } from '@/components/ui/icons'
import { lessonHref } from '@/lib/course'
import type { Lesson } from '@looplab/runtime/content'

/** Previous / next lesson in reading order, across chapter boundaries. */
export function LessonPager({ previous, next }: { previous: Lesson | null; next: Lesson | null }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="Lessons" className="mt-12 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? (
        <Link
          href={lessonHref(previous)}
          rel="prev"
          className="group flex flex-col rounded-lg border border-line p-4 hover:border-accent"
        >
          <span className="flex items-center gap-1 text-xs text-ink-muted">
            <ArrowLeftIcon className="size-3.5" /> Previous
          </span>
          <span className="mt-1 font-medium group-hover:text-accent">{previous.title}</span>
        </Link>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next && (
        <Link
          href={lessonHref(next)}
          rel="next"
          className="group flex flex-col rounded-lg border border-line p-4 text-right hover:border-accent"
        >
          <span className="flex items-center justify-end gap-1 text-xs text-ink-muted">
            Next <ArrowRightIcon className="size-3.5" />
          </span>
          <span className="mt-1 font-medium group-hover:text-accent">{next.title}</span>
        </Link>
      )}
    </nav>
  )
}
