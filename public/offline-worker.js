/*
 * LoopLab's service worker: the site keeps working with the network cut, for the pages a reader
 * has already opened (README.md, "Offline"). It stores only what this origin served:
 *
 * - files whose name changes with their content (/_next/static/…, /pyodide/<version>/…): served
 *   from the store once there, else fetched and stored;
 * - pages, the Python worker and the icon: fetched first (so a reader always gets the newest
 *   build), the stored copy used only when the network fails;
 * - GET /api/exercises/<id>/checks (what Check grades with), the same way, so a Check works offline
 *   for an exercise already checked once.
 *
 * Never stored: the React Server Component payloads of in-app navigation (Next.js falls back to
 * loading the page itself, which is stored), other API calls, anything not GET, other origins.
 * A stored response keeps its headers, so a page served offline is still cross-origin isolated.
 */
const version = 'v1'
const immutable = `looplab-immutable-${version}`
const latest = `looplab-latest-${version}`

self.addEventListener('install', () => self.skipWaiting())

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([immutable, latest])
      for (const name of await caches.keys()) {
        if (name.startsWith('looplab-') && !keep.has(name) && /-v\d+$/.test(name)) {
          await caches.delete(name)
        }
      }
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const how = request.method === 'GET' && !request.headers.get('rsc') ? strategy(request.url) : null
  if (how) event.respondWith(how(request))
})

// The page sends what it loaded before this worker was there (components/layout/offline-support).
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.store) ? event.data.store : []
  event.waitUntil(
    Promise.all(
      urls.map(async (url) => {
        const how = typeof url === 'string' ? strategy(url) : null
        if (how) await how(new Request(url)).catch(() => undefined)
      }),
    ),
  )
})

/** How a GET of `href` is answered, or null when the worker leaves it to the network. */
function strategy(href) {
  const url = new URL(href)
  if (url.origin !== self.location.origin || url.searchParams.has('_rsc')) return null
  if (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/pyodide/')) {
    return storedFirst
  }
  if (!url.pathname.startsWith('/api/') || /^\/api\/exercises\/[^/]+\/checks$/.test(url.pathname)) {
    return networkFirst
  }
  return null
}

async function storedFirst(request) {
  const cache = await caches.open(immutable)
  const stored = await cache.match(request)
  if (stored) return stored
  const response = await fetch(request)
  if (storable(response)) await cache.put(request, response.clone())
  return response
}

async function networkFirst(request) {
  const cache = await caches.open(latest)
  try {
    const response = await fetch(request)
    if (storable(response)) await cache.put(request, response.clone())
    return response
  } catch (error) {
    const stored = await cache.match(request, { ignoreVary: true })
    if (stored) return stored
    throw error
  }
}

/** A whole answer of this origin (a partial one, 206, cannot be stored). */
function storable(response) {
  return response.status === 200 && response.type === 'basic'
}
