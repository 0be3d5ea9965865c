'use client'

/**
 * The sandbox's heavy parts, each its own chunk: the CodeMirror editor and the output panel
 * (timeline, diff, replay). The page ships without them; they are fetched when the page is idle
 * (prefetchSandboxParts) and mounted when needed.
 */
import { lazy } from 'react'
import type { CodeEditor } from './editor/code-editor'
import type { RunOutput } from './output/run-output'

const loadEditor = () => import('./editor/code-editor')

let loadedEditor: typeof CodeEditor | null = null

/** Loads the editor module; slots show the static code until it is loaded, then the editor. */
export function loadCodeEditor(): Promise<typeof CodeEditor> {
  return loadEditor().then((module) => (loadedEditor = module.CodeEditor))
}

/** The editor component if its module has loaded, else null. */
export function loadedCodeEditor(): typeof CodeEditor | null {
  return loadedEditor
}
const loadRunOutput = () => import('./output/run-output')

let loadedOutput: typeof RunOutput | null = null

/**
 * Loads the output panel's module. Awaited with the run itself, so the result renders directly:
 * through React.lazy, a Suspense reveal is held back by ~300 ms to avoid flicker.
 */
export function loadRunOutputPanel(): Promise<typeof RunOutput> {
  return loadRunOutput().then((module) => (loadedOutput = module.RunOutput))
}

/** The output panel component if its module has loaded, else null. */
export function loadedRunOutputPanel(): typeof RunOutput | null {
  return loadedOutput
}

export const LazyRunOutput = lazy(() =>
  loadRunOutput().then((module) => ({ default: module.RunOutput })),
)

export function prefetchSandboxParts(): void {
  // A failed prefetch is harmless: each part is loaded again when it is first needed.
  loadCodeEditor().catch(() => undefined)
  loadRunOutputPanel().catch(() => undefined)
}
