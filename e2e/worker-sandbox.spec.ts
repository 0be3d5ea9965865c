/**
 * The browser layer (SECURITY.md, layer 5), attacked as if learner code had reached JavaScript in
 * the Python worker: whatever runs there can fetch nothing but Pyodide's own files and touches no
 * storage. The observers are outside the page: a TCP listener on this machine that must get no
 * connection, and the browser's own record of every request the page and its workers made.
 */
import type { Page, Worker as PlaywrightWorker } from '@playwright/test'
import { expect, test, type PageWatch } from './support/fixtures'
import { createServer, type Server } from 'node:net'
import { openHydrated } from './support/page-problems'
import { playgroundSandbox, run, setCode, waitForPython } from './support/sandbox'

let listener: Server
let port = 0
let connections = 0

test.beforeAll(async () => {
  listener = createServer((socket) => {
    connections++
    socket.destroy()
  })
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  port = (listener.address() as { port: number }).port
})

test.afterAll(() => listener?.close())

/** Tries every way out from inside a worker; returns what each attempt got. */
async function tryEveryWayOut(
  worker: PlaywrightWorker,
  port: number,
): Promise<Record<string, string>> {
  return worker.evaluate(async (port) => {
    const outcome: Record<string, string> = {}
    const attempt = async (name: string, action: () => Promise<unknown> | unknown) => {
      try {
        await action()
        outcome[name] = 'ESCAPED'
      } catch (error) {
        outcome[name] = `refused: ${String(error).slice(0, 80)}`
      }
    }
    const scope = globalThis as unknown as Record<string, unknown>
    const call = (name: string, ...args: unknown[]) => {
      const fn = scope[name]
      if (typeof fn !== 'function') throw new Error(`${name} is gone`)
      return (fn as (...a: unknown[]) => unknown)(...args)
    }
    await attempt('fetch other origin', () => call('fetch', `http://127.0.0.1:${port}/steal`))
    await attempt('fetch own API', async () => {
      const response = (await call('fetch', '/api/progress')) as Response
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
    })
    await attempt('import other origin', () => import(`http://127.0.0.1:${port}/steal.mjs`))
    const ownApi = '/api/progress' // a variable: nothing must resolve it at build time
    await attempt('import own API', () => import(/* @vite-ignore */ ownApi))
    await attempt('WebSocket', () => {
      const Socket = scope.WebSocket as (new (url: string) => WebSocket) | undefined
      if (!Socket) throw new Error('WebSocket is gone')
      return new Promise((resolve, reject) => {
        const socket = new Socket(`ws://127.0.0.1:${port}/`)
        socket.onopen = resolve
        socket.onerror = () => reject(new Error('closed'))
      })
    })
    await attempt('Cache Storage', async () => {
      const storage = scope.caches as CacheStorage | undefined
      if (!storage) throw new Error('caches is gone')
      await storage.open('looplab-pyodide-snapshots')
    })
    await attempt('IndexedDB', () => {
      const db = scope.indexedDB as IDBFactory | undefined
      if (!db) throw new Error('indexedDB is gone')
      db.open('stolen')
    })
    await attempt('eval', () => (0, eval)('1 + 1'))
    await attempt('nested worker', () => new (scope.Worker as typeof Worker)('/runtime/worker.mjs'))
    return outcome
  }, port)
}

/** URLs that got an answer, and why the others failed, as the browser's network stack saw them. */
function watchNetwork(page: Page) {
  const answered: string[] = []
  const failed: string[] = []
  page.on('response', (response) => answered.push(response.url()))
  page.on('requestfailed', (request) =>
    failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  )
  return { answered, failed }
}

const attempted = /steal|\/api\//

/** What these tests attempt on purpose from inside the worker, each blocked by its CSP. */
function allowTheAttempts(pageWatch: PageWatch): void {
  pageWatch.allow(
    /^off-origin request: .*\/steal\.mjs$/,
    'the attempts to import from another origin',
  )
  pageWatch.allow(/^failed request: .*(steal|\/api\/).* \(csp\)$/, 'the attempts the CSP blocked')
}

test('the worker that ran a program reaches no network and no storage', async ({
  page,
  pageWatch,
}) => {
  allowTheAttempts(pageWatch)
  const network = watchNetwork(page)
  await openHydrated(page, '/playground')
  const sandbox = playgroundSandbox(page)
  await setCode(sandbox, 'print("hello from the sandbox")\n')
  await waitForPython(page)
  await run(sandbox)
  const worker = page.workers().find((w) => w.url().endsWith('/runtime/worker.mjs'))
  expect(worker, 'the Python worker').toBeTruthy()
  const before = network.answered.length
  const outcome = await tryEveryWayOut(worker as PlaywrightWorker, port)
  for (const [way, result] of Object.entries(outcome)) {
    expect(result, way).toMatch(/^refused/)
  }
  expect(connections).toBe(0)
  // The browser blocked what the attempts asked for before anything left it.
  expect(network.answered.slice(before).filter((url) => attempted.test(url))).toEqual([])
  for (const failure of network.failed.filter((line) => attempted.test(line))) {
    expect(failure).toMatch(/ csp$|BLOCKED_BY_CSP/)
  }
})

test("the worker's own CSP stops it even before it gives anything up", async ({
  page,
  pageWatch,
}) => {
  allowTheAttempts(pageWatch)
  // A worker from the same script that was never told to boot: fetch, caches… are all still
  // there, so only the Content-Security-Policy served with the script stands in the way.
  await openHydrated(page, '/playground')
  const started = page.waitForEvent('worker')
  await page.evaluate(() => {
    ;(globalThis as { __probe?: Worker }).__probe = new Worker('/runtime/worker.mjs', {
      type: 'module',
    })
  })
  const worker = await started
  const network = watchNetwork(page)
  const outcome = await tryEveryWayOut(worker, port)
  expect(outcome['fetch other origin']).toMatch(/^refused/)
  expect(outcome['fetch own API']).toMatch(/^refused/)
  expect(outcome['import other origin']).toMatch(/^refused/)
  expect(outcome['import own API']).toMatch(/^refused/)
  expect(outcome['WebSocket']).toMatch(/^refused/)
  expect(outcome['eval']).toMatch(/^refused/)
  expect(connections).toBe(0)
  expect(network.answered.filter((url) => attempted.test(url))).toEqual([])
})
