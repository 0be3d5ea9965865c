/**
 * The suite's own `test`: every spec imports it from here instead of from '@playwright/test', and
 * an automatic fixture then watches every browser context the test uses — its own and any it opens
 * with `browser.newContext()` — for what a reader must never get:
 *
 * - a request that leaves the site's origin (from a page or a worker: the site works offline, and
 *   nothing a program does reaches another host);
 * - a console error or warning (React's hydration warnings included), an uncaught error, a crash;
 * - a failed request or an HTTP error answer.
 *
 * Service workers are blocked (offline.spec.ts allows the site's own).
 *
 * The test fails at its end, listing every problem, unless it declared that problem beforehand
 * with `pageWatch.allow(pattern, why)` (a 404 page opened on purpose, an attack blocked by the
 * Content-Security-Policy, a request cut by going offline).
 */
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Request,
  type Response,
} from '@playwright/test'

export { expect }

export type PageWatch = {
  /** Accepts the problems matching `pattern` in this test, for the reason given. */
  allow(pattern: RegExp, why: string): void
  /** Every problem recorded so far, allowed or not. */
  problems(): readonly string[]
}

/** Leaving a page cancels its prefetches and its pending requests: the browser's doing, no fault. */
const harmlessFailures = new Set(['net::ERR_ABORTED'])
/** What Chromium logs when a page registers a service worker that the test blocks (below). */
const playwrightsOwnWarning = 'Service Worker registration blocked by Playwright'
/** Chromium's guess that a preloaded file went unused "within a few seconds from the window's
 *  load event": a timer, not a fault — on a loaded machine the page simply takes longer to use
 *  the fonts and styles Next.js preloads. */
const preloadTimingWarning = /was preloaded using link preload but not used within a few seconds/
/** Schemes that never reach a network. */
const localSchemes = new Set(['data:', 'blob:', 'about:'])

function describeConsole(message: ConsoleMessage): string {
  const where = message.location().url
  return `console ${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`
}

/** Starts recording `context`'s problems into `problems`; `origin` is the site's. */
function watchContext(context: BrowserContext, origin: string, problems: string[]): void {
  context.on('console', (message: ConsoleMessage) => {
    if (message.text() === playwrightsOwnWarning) return
    if (message.type() === 'warning' && preloadTimingWarning.test(message.text())) return
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(describeConsole(message))
    }
  })
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`))
  context.on('page', (page) => page.on('crash', () => problems.push(`crashed: ${page.url()}`)))
  context.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (localSchemes.has(url.protocol)) return
    if (url.origin !== origin) problems.push(`off-origin request: ${request.url()}`)
  })
  context.on('requestfailed', (request: Request) => {
    const reason = request.failure()?.errorText ?? 'unknown'
    if (harmlessFailures.has(reason)) return
    problems.push(`failed request: ${request.url()} (${reason})`)
  })
  context.on('response', (response: Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
}

export const test = base.extend<{ pageWatch: PageWatch }>({
  // The offline service worker stays out of every test but offline.spec.ts: a page it controls
  // has its requests answered apart from the page (Playwright's page.route no longer sees them),
  // and each test starts from an empty browser anyway.
  serviceWorkers: 'block',
  pageWatch: [
    async ({ context, browser, baseURL }, provide, testInfo) => {
      if (!baseURL) throw new Error('the suite needs a baseURL (playwright.config.ts)')
      const origin = new URL(baseURL).origin
      const problems: string[] = []
      const allowed: { pattern: RegExp; why: string }[] = []
      watchContext(context, origin, problems)

      // Contexts the test opens itself (a second reader of a share link) are watched too.
      const newContext = browser.newContext.bind(browser)
      const watchedNewContext: Browser['newContext'] = async (options) => {
        const opened = await newContext(options)
        watchContext(opened, origin, problems)
        return opened
      }
      browser.newContext = watchedNewContext

      try {
        await provide({
          allow: (pattern, why) => allowed.push({ pattern, why }),
          problems: () => problems,
        })
      } finally {
        browser.newContext = newContext
      }

      const unexpected = problems.filter((problem) => !allowed.some((a) => a.pattern.test(problem)))
      const accepted = problems.length - unexpected.length
      if (accepted > 0) {
        testInfo.annotations.push({
          type: 'allowed problems',
          description: `${accepted}: ${allowed.map((a) => a.why).join('; ')}`,
        })
      }
      expect(
        unexpected,
        'console errors, failed requests and requests off the origin on the pages of this test',
      ).toEqual([])
    },
    { auto: true },
  ],
})
