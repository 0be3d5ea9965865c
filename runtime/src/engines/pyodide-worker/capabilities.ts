/**
 * What the browser worker gives up once Python is ready and before any program runs: the network
 * (fetch, XHR, sockets, beacons), storage (Cache Storage, IndexedDB), loading scripts and starting
 * workers, talking to other tabs. Learner code cannot reach JavaScript at all (the bridge is cut:
 * pyodide/bridge.ts); this is the layer behind that one, and the worker's CSP (next.config.mjs,
 * which lets it fetch only Pyodide's own files) is the one behind this (SECURITY.md, layer 5).
 */
const given = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'caches',
  'indexedDB',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
] as const

export function giveUpCapabilities(scope: object): string[] {
  const kept: string[] = []
  const target = scope as Record<string, unknown>
  for (const name of given) {
    if (!(name in target)) continue
    // Own property on the global object (WebIDL [Global]), or on its prototype chain.
    for (let owner: object | null = scope; owner; owner = Object.getPrototypeOf(owner)) {
      if (Object.prototype.hasOwnProperty.call(owner, name)) {
        try {
          delete (owner as Record<string, unknown>)[name]
        } catch {
          // non-configurable: shadowed below
        }
      }
    }
    if (name in target) {
      try {
        Object.defineProperty(scope, name, {
          value: undefined,
          writable: false,
          configurable: false,
        })
      } catch {
        kept.push(name)
      }
    }
  }
  return kept
}
