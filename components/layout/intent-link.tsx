'use client'

import Link from 'next/link'
import { useState, type ComponentProps } from 'react'

/**
 * A link that prefetches its page once the reader shows intent (hover, focus, touch), not as soon
 * as it scrolls into view. The course sidebar holds every lesson: prefetched on sight, its ~30
 * route payloads took the browser's six connections while a lesson page loaded its sandbox
 * runtime, and Python started ~0.7 s later on a first visit (docs/performance.md).
 */
export function IntentLink({
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false)
  return (
    <Link
      {...props}
      // null is Next's default ("auto"); false turns prefetching off until then.
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true)
        onMouseEnter?.(event)
      }}
      onFocus={(event) => {
        setIntent(true)
        onFocus?.(event)
      }}
      onTouchStart={(event) => {
        setIntent(true)
        onTouchStart?.(event)
      }}
    />
  )
}
