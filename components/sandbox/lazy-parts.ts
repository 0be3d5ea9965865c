'use client'

/**
 * The sandbox's heavy parts, each its own chunk: the CodeMirror editor and the output panel
 * (timeline, diff, replay). The page ships without them; they are fetched when the page is idle
 * (prefetchSandboxParts) and mounted when needed.
 */
import { lazy } from 'react'

const loadEditor = () => import('./editor/code-editor')
const loadRunOutput = () => import('./output/run-output')

export const LazyCodeEditor = lazy(() =>
  loadEditor().then((module) => ({ default: module.CodeEditor })),
)
export const LazyRunOutput = lazy(() =>
  loadRunOutput().then((module) => ({ default: module.RunOutput })),
)

export function prefetchSandboxParts(): void {
  // A failed prefetch is harmless: React.lazy tries again when the part is first rendered.
  loadEditor().catch(() => undefined)
  loadRunOutput().catch(() => undefined)
}
