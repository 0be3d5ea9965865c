'use client'

import { useEffect } from 'react'

/**
 * Registers the service worker that keeps the pages a reader has opened working offline
 * (public/offline-worker.js; README.md, "Offline"). Production builds only: in development it
 * would serve stale copies of pages being edited. After the page has loaded, so it never competes
 * with the page's own first requests.
 */
export function OfflineSupport() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
    const register = async () => {
      await navigator.serviceWorker.register('/offline-worker.js')
      // What this visit loaded before the worker was there: the page and its files, stored now
      // so the first visit already counts. (Files loaded later go through the worker itself.)
      const ready = await navigator.serviceWorker.ready
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name)
      ready.active?.postMessage({ store: [location.href.split('#')[0], ...loaded] })
    }
    const start = () => void register().catch(() => undefined)
    if (document.readyState === 'complete') start()
    else window.addEventListener('load', start, { once: true })
    return () => window.removeEventListener('load', start)
  }, [])
  return null
}
