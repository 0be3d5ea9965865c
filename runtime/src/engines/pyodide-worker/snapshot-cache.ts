/**
 * Where the browser keeps its Pyodide memory snapshot (Cache Storage). Shared by the worker that
 * stores it and the page, which starts Python at once on a return visit, when booting is cheap.
 */
export const snapshotCacheName = 'looplab-pyodide-snapshots'

/** Whether this browser holds a snapshot (of any release: a stale one is replaced at boot). */
export async function hasStoredSnapshot(): Promise<boolean> {
  try {
    if (typeof caches === 'undefined' || !(await caches.has(snapshotCacheName))) return false
    const cache = await caches.open(snapshotCacheName)
    return (await cache.keys()).length > 0
  } catch {
    return false
  }
}
