/**
 * The page's one RuntimeStore, on the Pyodide worker engine. Everything heavy arrives by dynamic
 * import, so a page that never runs Python pays nothing: the runtime package, then its engine
 * module, then (inside the worker) Pyodide itself from our own origin.
 */
import { readItem, storageKeys, writeItem } from '@/components/storage/browser-storage'
import type { Engine } from '@looplab/runtime'
import { RuntimeStore } from './runtime-store'

/** User Timing marks the browser benchmark reads (scripts/bench-browser.mjs). */
export const runtimeReadyMark = 'looplab:runtime-ready'

/** How the engine booted (normal, or from the site's memory snapshot) and why, if it says. */
type BootDetail = { mode: string; note?: string; bootMs?: number; phases?: Record<string, number> }

function bootInfo(engine: Engine): BootDetail {
  // PyodideWorkerEngine records its last boot; other engines may not.
  const info: unknown = (engine as { lastBoot?: unknown }).lastBoot
  if (typeof info !== 'object' || info === null) return { mode: 'unknown' }
  const { mode, note, bootMs, phases } = info as Record<string, unknown>
  return {
    mode: typeof mode === 'string' ? mode : 'unknown',
    ...(typeof note === 'string' ? { note } : {}),
    ...(typeof bootMs === 'number' ? { bootMs } : {}),
    ...(typeof phases === 'object' && phases !== null
      ? { phases: phases as Record<string, number> }
      : {}),
  }
}

let store: RuntimeStore | null = null

/** Settles once the first engine's worker has been started (or its module failed to load). */
let markWorkerStarted: () => void = () => undefined
const workerStarted = new Promise<void>((resolve) => (markWorkerStarted = resolve))

export function pageRuntime(): RuntimeStore {
  store ??= new RuntimeStore(
    async (onBootProgress) => {
      try {
        // The browser engine's own module: going through createEngine() would pull the Node
        // engines into the page's server build.
        const { createPyodideBrowserEngine } = await import('@looplab/runtime/engines/browser')
        // The worker is spawned before this returns; the boot goes on inside it.
        return createPyodideBrowserEngine({ onBootProgress })
      } finally {
        markWorkerStarted()
      }
    },
    {
      onFirstReady: (engine) => {
        performance.mark(runtimeReadyMark, { detail: bootInfo(engine) })
        rememberPythonCached()
      },
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

function rememberPythonCached(): void {
  // Refused (private mode, quota): the next visit just starts Python on idle.
  writeItem(storageKeys.pythonCached, '1')
}

function pythonCached(): boolean {
  return readItem(storageKeys.pythonCached) === '1'
}

/**
 * On a return visit Python's files (and the snapshot) come from the HTTP cache, and booting
 * costs about half a second of a worker's CPU: start at once — as this module loads, before
 * React hydrates — rather than on idle.
 */
if (typeof window !== 'undefined' && !savesData() && pythonCached()) pageRuntime().preload()

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
    // The sandbox's other parts (the editor is 400 KB) load once Python's worker has started:
    // fetched and evaluated together with the engine's module, they held up its start by ~0.5 s.
    if (extra) void workerStarted.then(extra)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 })
  else setTimeout(start, 1000)
}
