import type { PageWatch } from './support/fixtures'
import { expectAccessible, themes } from './support/axe'
import { course } from './support/course'
import { expect, test } from './support/fixtures'

const missing = ['/learn/no-such-chapter/no-such-lesson', '/learn/no-such-chapter', '/nowhere']

/** The 404 answer itself is what these tests ask for. */
function expect404(pageWatch: PageWatch) {
  pageWatch.allow(/^HTTP 404: .*\/(no-such-|nowhere)/, 'the missing pages these tests open')
  pageWatch.allow(
    /^console error: Failed to load resource: the server responded with a status of 404 .*\/(no-such-|nowhere)/,
    'the browser logs the 404 of the page itself',
  )
}

for (const [index, path] of missing.entries()) {
  test(`${path} answers 404 with a helpful page`, async ({ page, pageWatch }, testInfo) => {
    expect404(pageWatch)
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/isn.t in the course/)
    // The same page answers every missing path: axe once, in both themes.
    if (index === 0) for (const theme of themes) await expectAccessible(page, testInfo, { theme })
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await expect(page).toHaveURL('/')
  })
}

test('an unknown lesson in a real chapter is a 404 too', async ({ page, pageWatch }) => {
  expect404(pageWatch)
  const { chapters } = await course()
  test.skip(chapters.length === 0, 'no chapters yet')
  const response = await page.goto(`/learn/${chapters[0]!.slug}/no-such-lesson`)
  expect(response?.status()).toBe(404)
  // The 404 page offers every lesson instead.
  const all = page.getByRole('navigation', { name: 'All lessons' })
  await expect(all.getByRole('link')).toHaveCount((await course()).lessons.length)
})
