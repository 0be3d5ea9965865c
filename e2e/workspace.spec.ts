/**
 * Workspaces on a machine that cannot reach StackBlitz (this one, and any CI runner without
 * internet; stackblitz.com is cut off in the test too, so the result is the same everywhere):
 * opening one says why it cannot start, within 20 s, and the page still runs the same files.
 * The real boot is e2e/workspace-webcontainer.spec.ts (LOOPLAB_WEBCONTAINER_E2E=1).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { course, lessonPath } from './support/course'
import { openHydrated } from './support/page-problems'
import { bootTimeout, sandboxFor, waitForPython } from './support/sandbox'

// The site's offline service worker stays out, as in every spec but offline.spec.ts: offline, it
// would answer the page's requests itself (net::ERR_FAILED) where this spec expects the browser's
// own ERR_INTERNET_DISCONNECTED.
test.use({ serviceWorkers: 'block' })

const { lessons } = await course()
const lesson = lessons.find((l) =>
  l.examples.some((e) => e.expected.status === 'ok' && e.varies === null && e.expected.stdout),
)!
const example = lesson.examples.find(
  (e) => e.expected.status === 'ok' && e.varies === null && e.expected.stdout,
)!
const exerciseLesson = lessons.find((l) => l.exerciseIds.length > 0)!

const stackBlitz = /https:\/\/stackblitz\.com\//

/** Everything a reader would count as a problem on the test's pages: console errors and
 *  warnings, uncaught errors, failed requests, HTTP errors, and any request off the site. */
function watchProblems(context: BrowserContext, baseURL: string | undefined): string[] {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
  const problems: string[] = []
  context.on('console', (message) => {
    // Playwright's own word for the service worker this spec blocks (above): no fault of the page.
    if (message.text() === 'Service Worker registration blocked by Playwright') return
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`)
    }
  })
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`))
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && url.origin !== origin) {
      problems.push(`off-origin request: ${request.url()}`)
    }
  })
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown'
    // Leaving a page cancels its prefetches: the browser's doing, no fault.
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${reason})`)
  })
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}

/** StackBlitz unreachable: every request to it fails as an offline machine's would. */
async function cutStackBlitz(page: Page): Promise<void> {
  await page.route(stackBlitz, (route) => route.abort('internetdisconnected'))
}

test.describe.configure({ timeout: 180_000 })

test('StackBlitz unreachable: the workspace says so within 20 s, and the page runs the same files', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = watchProblems(context, baseURL)
  await cutStackBlitz(page)
  await openHydrated(page, `${lessonPath(lesson)}#${example.anchor}`)
  const sandbox = sandboxFor(page, example.anchor)
  await sandbox.getByTestId('open-workspace').click()

  const dialog = page.getByTestId('workspace-dialog')
  await expect(dialog).toBeVisible()
  const fallback = dialog.getByTestId('workspace-fallback')
  await expect(fallback).toBeVisible({ timeout: 20_000 })
  await expect(fallback).toHaveAttribute('data-reason', 'unreachable')
  await expect(fallback).toContainText('StackBlitz cannot be reached')
  // Never a blank panel: the files are there, in the editor, beside the reason.
  await expect(dialog.getByRole('tab', { name: 'main.py' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(dialog.getByTestId('workspace-editor')).toContainText(example.code.split('\n')[0]!)
  // It never went on to boot: no StackBlitz frame was added.
  await expect(page.locator('iframe[src*="stackblitz"]')).toHaveCount(0)

  await fallback.getByRole('button', { name: 'Run it here instead' }).click()
  await expect(dialog).toBeHidden()
  await waitForPython(page)
  await expect(sandbox).toHaveAttribute('data-run-phase', 'idle', { timeout: bootTimeout })
  const output = sandbox.getByTestId('run-output')
  await expect(output).toBeVisible({ timeout: bootTimeout })
  await expect(output.getByTestId('lesson-match')).toHaveAttribute('data-match', 'matches')

  // The one expected failure is that one request, and it is all there is about StackBlitz.
  const urls = new Set(
    problems
      .filter((problem) => stackBlitz.test(problem))
      .map((problem) => /https:\/\/stackblitz\.com\/[^\s)]*/.exec(problem)?.[0]),
  )
  expect([...urls]).toEqual(['https://stackblitz.com/headless'])
  expect(
    problems.filter((problem) => !stackBlitz.test(problem)),
    'no console error beyond the failed request',
  ).toEqual([])
})

test('offline: the button says the workspace could not load, or the workspace names the reason without a request', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = watchProblems(context, baseURL)
  const requested: string[] = []
  context.on('request', (request) => requested.push(request.url()))
  await cutStackBlitz(page)
  await openHydrated(page, lessonPath(exerciseLesson))
  const workbench = page.locator(`[data-exercise-workbench="${exerciseLesson.exerciseIds[0]}"]`)
  const open = workbench.getByTestId('open-workspace')

  // Offline before the workspace was ever loaded: its code cannot come, and the button says so.
  await context.setOffline(true)
  await open.click()
  await expect(workbench.getByTestId('workspace-load-failed')).toContainText('You are offline')

  // Online, it loads (StackBlitz still unreachable); then offline again, it says so at once.
  await context.setOffline(false)
  await open.click()
  const dialog = page.getByTestId('workspace-dialog')
  await expect(dialog.getByTestId('workspace-fallback')).toHaveAttribute(
    'data-reason',
    'unreachable',
    {
      timeout: 20_000,
    },
  )
  await dialog.getByRole('button', { name: 'Close' }).click()
  await context.setOffline(true)
  const before = requested.length
  await open.click()
  const fallback = dialog.getByTestId('workspace-fallback')
  await expect(fallback).toHaveAttribute('data-reason', 'offline', { timeout: 20_000 })
  await expect(fallback).toContainText('You are offline')
  const workspaceRequests = requested
    .slice(before)
    .filter((url) => stackBlitz.test(url) || /\/workspace\/|\/pyodide\/|\/api\//.test(url))
  expect(workspaceRequests, 'offline, the workspace requested nothing').toEqual([])
  await dialog.getByRole('button', { name: 'Close' }).click()
  await context.setOffline(false)

  await openHydrated(page, '/playground')
  await expect(page.getByTestId('open-workspace')).toBeVisible()

  // What went wrong is only what going offline and the cut StackBlitz explain.
  const cut = /ERR_INTERNET_DISCONNECTED|Failed to load chunk/
  expect(problems.filter((problem) => !stackBlitz.test(problem) && !cut.test(problem))).toEqual([])
})
