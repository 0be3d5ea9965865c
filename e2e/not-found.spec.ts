import { expect, test } from '@playwright/test'
import { course } from './support/course'

const missing = ['/learn/no-such-chapter/no-such-lesson', '/learn/no-such-chapter', '/nowhere']

for (const path of missing) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/isn.t in the course/)
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await expect(page).toHaveURL('/')
  })
}

test('an unknown lesson in a real chapter is a 404 too', async ({ page }) => {
  const { chapters } = await course()
  test.skip(chapters.length === 0, 'no chapters yet')
  const response = await page.goto(`/learn/${chapters[0]!.slug}/no-such-lesson`)
  expect(response?.status()).toBe(404)
  // The 404 page offers every lesson instead.
  const all = page.getByRole('navigation', { name: 'All lessons' })
  await expect(all.getByRole('link')).toHaveCount((await course()).lessons.length)
})
