/**
 * Offline after the first visit (README.md, "Offline"; public/offline-worker.js): with the network
 * cut, a page the reader has opened loads again, still cross-origin isolated, and its examples run
 * in Python as before; a page never opened is not there. The requests the cut network refuses are
 * the only problems accepted.
 */
import { course, lessonPath } from './support/course'
import { expect, test } from './support/fixtures'
import { waitForHydration } from './support/page-problems'
import { bootTimeout, run, sandboxFor, waitForPython } from './support/sandbox'

test.use({ serviceWorkers: 'allow' })

test('a page opened once loads and runs its examples with the network cut', async ({
  page,
  context,
  pageWatch,
}) => {
  test.setTimeout(240_000)
  const { lessons } = await course()
  const [first, second, unseen] = lessons.filter((lesson) => lesson.examples.length > 0)
  test.skip(!first || !second || !unseen, 'needs three lessons with examples')

  // The first visit: the page, its Python (booted in the background), and a second page.
  await page.goto(lessonPath(first!))
  await waitForHydration(page)
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true)
  await waitForPython(page)
  await page.goto(lessonPath(second!))
  await waitForHydration(page)

  await context.setOffline(true)
  pageWatch.allow(/ERR_INTERNET_DISCONNECTED/, 'requests the cut network refuses')

  await page.goto(lessonPath(first!))
  await waitForHydration(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title)
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)
  const example = first!.examples[0]!
  const output = await run(sandboxFor(page, example.anchor))
  await expect(output.getByTestId('lesson-match')).toHaveAttribute('data-match', 'matches', {
    timeout: bootTimeout,
  })

  // The other page opened online.
  await page.goto(lessonPath(second!))
  await waitForHydration(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title)

  // A page never opened is not there (the service worker has no copy to give).
  const unseenPath = lessonPath(unseen!)
  pageWatch.allow(
    new RegExp(`^failed request: \\S+${unseenPath} \\(net::ERR_FAILED\\)$`),
    'the page never opened',
  )
  await expect(page.goto(unseenPath)).rejects.toThrow(/net::ERR_FAILED/)
})
