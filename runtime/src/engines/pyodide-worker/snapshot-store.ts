/**
 * The browser keeps the memory snapshot it made itself in Cache Storage, keyed by Pyodide version
 * and harness hash: a snapshot only loads in the browser build that made it, and a new release
 * (new key) simply makes a new one. Every failure here just means "boot normally".
 */
import { snapshotKey } from '../pyodide/host'
import { snapshotCacheName as cacheName } from './snapshot-cache'

const entry = (origin: string) => `${origin}/__looplab/pyodide-snapshot/${snapshotKey}`

function storageAvailable(): boolean {
  return typeof caches !== 'undefined'
}

export async function loadSnapshot(origin: string): Promise<ArrayBuffer | null> {
  if (!storageAvailable()) return null
  try {
    const cache = await caches.open(cacheName)
    const response = await cache.match(entry(origin))
    return response ? await response.arrayBuffer() : null
  } catch {
    return null
  }
}

export async function saveSnapshot(origin: string, bytes: Uint8Array): Promise<void> {
  if (!storageAvailable()) throw new Error('Cache Storage is not available here')
  const cache = await caches.open(cacheName)
  // Older keys belong to older releases: drop them so they don't pile up (~30 MB each).
  for (const request of await cache.keys()) {
    if (request.url !== entry(origin)) await cache.delete(request)
  }
  const body = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' })
  await cache.put(entry(origin), new Response(body))
}

export async function discardSnapshot(origin: string): Promise<void> {
  if (!storageAvailable()) return
  try {
    const cache = await caches.open(cacheName)
    await cache.delete(entry(origin))
  } catch {
    // Nothing to clean up then.
  }
}
