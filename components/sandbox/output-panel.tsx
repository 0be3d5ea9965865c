'use client'

import { createElement, Suspense, type ReactNode } from 'react'
import { LazyRunOutput, loadedRunOutputPanel } from './lazy-parts'
import type { RunOutputProps } from './output/run-output'

/**
 * The run output panel: rendered directly once its module is loaded (runs await it), through
 * React.lazy only if it is not, with `fallback` shown meanwhile.
 */
export function OutputPanel({ fallback, ...props }: RunOutputProps & { fallback?: ReactNode }) {
  // A module-level component, loaded once — not one created here.
  const loaded = loadedRunOutputPanel()
  if (loaded) return createElement(loaded, props)
  return (
    <Suspense fallback={fallback}>
      <LazyRunOutput {...props} />
    </Suspense>
  )
}
