/**
 * The page's one RuntimeStore, on the Pyodide worker engine. Everything heavy arrives by dynamic
 * import, so a page that never runs Python pays nothing: the runtime package, then its engine
 * module, then (inside the worker) Pyodide itself from our own origin.
 */
import type { Engine } from '@looplab/runtime'
import { RuntimeStore } from './runtime-store'

/** User Timing marks the browser benchmark reads (scripts/bench-browser.mjs). */
export const runtimeReadyMark = 'looplab:runtime-ready'

function bootMode(engine: Engine): string {
  // PyodideWorkerEngine records how it booted (normal or from this browser's memory snapshot).
  const info: unknown = (engine as { lastBoot?: unknown }).lastBoot
  if (typeof info === 'object' && info !== null && 'mode' in info) return String(info.mode)
  return 'unknown'
}

let store: RuntimeStore | null = null

export function pageRuntime(): RuntimeStore {
  store ??= new RuntimeStore(
    async (onBootProgress) => {
      // The browser engine's own module: going through createEngine() would pull the Node
      // engines into the page's server build.
      const { createPyodideBrowserEngine } =
        await import('@/runtime/src/engines/pyodide-worker/engine')
      return createPyodideBrowserEngine({ onBootProgress })
    },
    {
      onFirstReady: (engine) =>
        performance.mark(runtimeReadyMark, { detail: { mode: bootMode(engine) } }),
    },
  )
  return store
}

let preloadScheduled = false

/**
 * Loads Python once the page is idle, so the first Run is instant — unless the reader asked the
 * browser to save data, in which case Python loads on the first Run instead.
 */
export function preloadWhenIdle(extra?: () => void): void {
  if (preloadScheduled || typeof window === 'undefined') return
  preloadScheduled = true
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection
  if (connection?.saveData) return
  const start = () => {
    pageRuntime().preload()
    extra?.()
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 })
  else setTimeout(start, 1000)
}
