/**
 * This browser's own copy of the served snapshot, decompressed, in Cache Storage: inflating 30 MB
 * costs a return visit ~0.3 s, reading it back ~0.07 s. Keyed by the served file's name, which
 * changes with every release, so a stale copy is never used; every failure means "download it".
 */
const cacheName = 'looplab-pyodide-snapshots'
/** Taken when the worker starts: the worker gives up Cache Storage before any program runs
 *  (capabilities.ts), while a copy may still be on its way in. */
const storage: CacheStorage | undefined = typeof caches === 'undefined' ? undefined : caches
const entry = (origin: string, file: string) => `${origin}/__looplab/snapshot/${file}`

/**
 * This browser's copy, if it has one: found at once, its bytes still arriving (reading 30 MB back
 * takes ~0.2 s, which Pyodide's own start overlaps). A copy that cannot be read rejects `bytes`.
 */
export async function openSnapshotCopy(
  origin: string,
  file: string,
): Promise<{ bytes: Promise<ArrayBuffer> } | null> {
  try {
    if (!storage) return null
    const response = await (await storage.open(cacheName)).match(entry(origin, file))
    return response ? { bytes: response.arrayBuffer() } : null
  } catch {
    return null
  }
}

export async function keepSnapshotCopy(
  origin: string,
  file: string,
  bytes: ArrayBuffer,
): Promise<void> {
  try {
    if (!storage) return
    const cache = await storage.open(cacheName)
    // An older release's copy is only dead weight (~30 MB).
    for (const request of await cache.keys()) {
      if (request.url !== entry(origin, file)) await cache.delete(request)
    }
    await cache.put(entry(origin, file), new Response(bytes))
  } catch {
    // Quota or a private window: the next visit downloads it again, nothing more.
  }
}

export async function dropSnapshotCopy(origin: string, file: string): Promise<void> {
  try {
    if (storage) await (await storage.open(cacheName)).delete(entry(origin, file))
  } catch {
    // Nothing to drop then.
  }
}
