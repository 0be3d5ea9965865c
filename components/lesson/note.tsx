import type { ReactNode } from 'react'
import { InfoIcon } from '@/components/ui/icons'

/** A side remark worth knowing but not essential to follow the lesson. */
export function Note({ children }: { children?: ReactNode }) {
  return (
    <div
      role="note"
      className="my-6 flex gap-3 rounded-lg border border-note/30 bg-note-soft px-4 py-3 [&>div>:first-child]:mt-0 [&>div>:last-child]:mb-0"
    >
      <InfoIcon className="mt-1 size-5 shrink-0 text-note" />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  )
}
