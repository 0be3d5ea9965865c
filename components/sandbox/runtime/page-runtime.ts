/**
 * The page's one RuntimeStore, on the Pyodide worker engine. Everything heavy arrives by dynamic
 * import, so a page that never runs Python pays nothing: the runtime package, then its engine
 * module, then (inside the worker) Pyodide itself from our own origin.
 */
import type { Engine } from '@looplab/runtime'
import { hasStoredSnapshot } from '@/runtime/src/engines/pyodide-worker/snapshot-cache'
import { RuntimeStore } from './runtime-store'

/** User Timing marks the browser benchmark reads (scripts/bench-browser.mjs). */
export const runtimeReadyMark = 'looplab:runtime-ready'

/** How the engine booted (normal, or from this browser's memory snapshot) and why, if it says. */
function bootInfo(engine: Engine): { mode: string; note?: string; bootMs?: number } {
  // PyodideWorkerEngine records its last boot; other engines may not.
  const info: unknown = (engine as { lastBoot?: unknown }).lastBoot
  if (typeof info !== 'object' || info === null) return { mode: 'unknown' }
  const { mode, note, bootMs } = info as { mode?: unknown; note?: unknown; bootMs?: unknown }
  return {
    mode: typeof mode === 'string' ? mode : 'unknown',
    ...(typeof note === 'string' ? { note } : {}),
    ...(typeof bootMs === 'number' ? { bootMs } : {}),
  }
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
      onFirstReady: (engine) => performance.mark(runtimeReadyMark, { detail: bootInfo(engine) }),
    },
  )
  return store
}

let preloadScheduled = false

/** The reader asked the browser to save data: Python then loads on the first Run only. */
function savesData(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection
  return connection?.saveData === true
}

/**
 * A return visit boots from this browser's memory snapshot in about half a second of a worker's
 * CPU: start at once — as this module loads, before React hydrates — rather than on idle.
 */
if (typeof window !== 'undefined' && !savesData()) {
  void hasStoredSnapshot().then((stored) => {
    if (stored) pageRuntime().preload()
  })
}

/**
 * Loads Python once the page is idle, so the first Run is instant — unless the reader asked the
 * browser to save data, in which case Python loads on the first Run instead.
 */
export function preloadWhenIdle(extra?: () => void): void {
  if (preloadScheduled || typeof window === 'undefined') return
  preloadScheduled = true
  if (savesData()) return
  const start = () => {
    pageRuntime().preload()
    extra?.()
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 })
  else setTimeout(start, 1000)
}
