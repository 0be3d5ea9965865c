import type { ReactNode } from 'react'
import { WarningIcon } from '@/components/ui/icons'

/**
 * A claim (often from a popular tutorial) that is wrong: the wrong code runs inside, as an
 * <Example>, with its real output or error, followed by the right way.
 */
export function Pitfall({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div
      role="note"
      aria-label={`Pitfall: ${title}`}
      className="my-8 rounded-lg border border-pitfall/40 bg-pitfall-soft px-4 py-3 sm:px-5"
    >
      <p className="not-prose flex items-center gap-2 font-semibold text-pitfall">
        <WarningIcon className="size-5 shrink-0" />
        <span>
          <span className="sr-only">Pitfall: </span>
          {title}
        </span>
      </p>
      <div className="min-w-0 [&>:last-child]:mb-0">{children}</div>
    </div>
  )
}
