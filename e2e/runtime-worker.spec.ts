/**
 * The browser runtime in real Chromium, as the site serves it: the module worker from
 * /runtime/worker.mjs boots Pyodide from our own origin, runs a program under virtual time, is
 * interrupted in place through the SharedArrayBuffer (the page is cross-origin isolated), and
 * runs again. Driven through the worker's typed message protocol from the page.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import type { FromWorker, ToWorker } from '@looplab/runtime/engines/browser'
import { RunResultSchema } from '@looplab/runtime'

type Scenario = {
  programs: { source: string; interruptAfterMs?: number }[]
  snapshot?: boolean
  /** Keep the worker alive until it has stored its snapshot copy (it does so after booting). */
  awaitCopy?: boolean
}
type Outcome = {
  isolated: boolean
  offOrigin: string[]
  results: string[]
  bootMode: string
  bootNote?: string
}

/** Runs in the page: boots one worker and runs the programs in order. */
async function driveWorker(page: Page, scenario: Scenario): Promise<Outcome> {
  return page.evaluate(async ({ programs, snapshot = false, awaitCopy = false }) => {
    const offOrigin = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin)
    const worker = new Worker('/runtime/worker.mjs', { type: 'module' })
    const flag = new Int32Array(new SharedArrayBuffer(4))
    const next = (type: FromWorker['type']) =>
      new Promise<FromWorker>((resolve, reject) => {
        worker.onerror = (event) => reject(new Error(event.message))
        worker.onmessage = (event: MessageEvent<FromWorker>) => {
          if (event.data.type === type) resolve(event.data)
          if (event.data.type === 'boot-failed') reject(new Error(event.data.message))
        }
      })
    const post = (message: ToWorker) => worker.postMessage(message)

    const ready = next('ready')
    post({ type: 'boot', interruptBuffer: flag.buffer as SharedArrayBuffer, snapshot })
    const booted = await ready
    const results: string[] = []
    for (const [index, program] of programs.entries()) {
      const answer = next('result')
      Atomics.store(flag, 0, 0)
      post({
        type: 'run',
        id: index,
        request: JSON.stringify({ files: { 'main.py': program.source }, entry: 'main.py' }),
      })
      if (program.interruptAfterMs !== undefined) {
        setTimeout(() => Atomics.store(flag, 0, 2), program.interruptAfterMs)
      }
      const message = await answer
      results.push(message.type === 'result' ? message.json : '')
    }
    // A page's worker lives on; this one is about to be terminated, which would cut the
    // background write of the copy short.
    for (let waited = 0; awaitCopy && waited < 30_000; waited += 100) {
      const cache = await caches.open('looplab-pyodide-snapshots')
      if ((await cache.keys()).length > 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    worker.terminate()
    const bootMode = booted.type === 'ready' ? booted.mode : 'none'
    const bootNote = booted.type === 'ready' ? booted.note : undefined
    return { isolated: crossOriginIsolated, offOrigin, results, bootMode, bootNote }
  }, scenario)
}

test('the Pyodide worker runs, is interrupted in place, and runs again', async ({ page }) => {
  test.setTimeout(120_000) // a cold Pyodide boot is a few seconds of CPU on a loaded machine
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto('/')

  const outcome = await driveWorker(page, {
    programs: [
      {
        source:
          'import asyncio\n\nasync def main():\n    await asyncio.gather(asyncio.sleep(10), asyncio.sleep(5))\n    print("slept")\n\nasyncio.run(main())\n',
      },
      // Long enough for the program to have printed, even on a loaded machine.
      { source: 'print("spinning")\nwhile True: pass\n', interruptAfterMs: 1500 },
      { source: 'print("after the interrupt")\n' },
    ],
  })

  expect(outcome.isolated).toBe(true)
  expect(outcome.offOrigin).toEqual([])
  const [slept, spun, after] = outcome.results.map((json) =>
    RunResultSchema.parse(JSON.parse(json)),
  )
  expect(slept).toMatchObject({ status: 'ok', stdout: 'slept\n', exitCode: 0 })
  expect(slept?.virtualSeconds).toBeGreaterThanOrEqual(10)
  expect(slept?.python).toMatch(/\(pyodide\)$/)
  expect(spun).toMatchObject({ status: 'interrupted', stdout: 'spinning\n', exitCode: 130 })
  expect(spun?.stderr).toContain('KeyboardInterrupt')
  expect(after).toMatchObject({ status: 'ok', stdout: 'after the interrupt\n' })

  const origin = new URL(page.url()).origin
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
  expect(requests.some((url) => /\/pyodide\/[\d.]+\/pyodide\.asm\.wasm$/.test(url))).toBe(true)
})

// What a program may see of where it runs: the snapshot was made on the build machine, in Node.
const whereAmI = {
  source:
    'import os, sys\nprint(repr(sys.executable), sys.platform, os.listdir("."))\nprint(sorted(os.environ))\n',
}

test.describe('booting from the memory snapshot the site serves', () => {
  test.setTimeout(120_000)
  const servedSnapshot = /\/pyodide\/[\d.]+\/pyodide-[\w.-]+\.bin\.gz$/

  test('boots from it, then from this browser’s copy, and runs like a normal boot', async ({
    page,
  }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto('/')
    const normal = await driveWorker(page, { programs: [whereAmI] })
    const fromServed = await driveWorker(page, {
      programs: [whereAmI],
      snapshot: true,
      awaitCopy: true,
    })
    expect(fromServed.bootMode).toBe('snapshot')
    expect(requests.filter((url) => servedSnapshot.test(url))).toHaveLength(1)
    // The same program prints the same on a snapshot boot as on a normal one: no build path.
    const stdout = (outcome: Outcome) =>
      RunResultSchema.parse(JSON.parse(outcome.results[0]!)).stdout
    expect(stdout(fromServed)).toBe(stdout(normal))
    expect(stdout(fromServed)).not.toMatch(/\.mjs|\/work|\/tmp|\/root/)

    // The worker keeps a decompressed copy (Cache Storage) once it has booted: the next boot
    // reads that instead of downloading and inflating the snapshot again.
    const copies = await page.evaluate(async () => {
      const cache = await caches.open('looplab-pyodide-snapshots')
      return (await cache.keys()).length
    })
    expect(copies).toBe(1)
    const fromCopy = await driveWorker(page, { programs: [whereAmI], snapshot: true })
    expect(fromCopy.bootMode).toBe('snapshot')
    expect(requests.filter((url) => servedSnapshot.test(url))).toHaveLength(1)
    expect(stdout(fromCopy)).toBe(stdout(normal))
  })

  for (const [what, answer] of [
    ['missing', { status: 404, body: 'not found' }],
    ['damaged', { status: 200, body: 'this is not a gzipped memory snapshot' }],
  ] as const) {
    test(`a ${what} snapshot means a normal boot that says why`, async ({ page, pageWatch }) => {
      pageWatch.allow(/^HTTP 404: .*\.bin\.gz$/, 'the test serves no snapshot on purpose')
      // Known: the damaged download's error also escapes once, unhandled, from inside Pyodide's
      // loader (the boot itself falls back, as asserted below).
      pageWatch.allow(/^uncaught: Failed to fetch$/, 'the damaged download, inside the loader')
      await page.route(servedSnapshot, (route) => route.fulfill(answer))
      await page.goto('/')
      const outcome = await driveWorker(page, {
        programs: [{ source: 'print("still fine")\n' }],
        snapshot: true,
      })
      expect(outcome.bootMode).toBe('normal')
      expect(outcome.bootNote).toMatch(
        what === 'missing' ? /serves no snapshot/ : /snapshot failed/,
      )
      expect(RunResultSchema.parse(JSON.parse(outcome.results[0]!)).stdout).toBe('still fine\n')
    })
  }
})
