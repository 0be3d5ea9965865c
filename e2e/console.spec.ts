import { expect, test } from '@playwright/test'
import { course } from './support/course'
import { collectPageProblems, openHydrated } from './support/page-problems'

// Lesson pages get the same check in lesson.spec.ts, during their rendering test.
const { chapters } = await course()
const paths = ['/', ...chapters.map((c) => `/learn/${c.slug}`)]

for (const path of paths) {
  test(`${path}: no console errors or failed requests, cross-origin isolated`, async ({ page }) => {
    const problems = collectPageProblems(page)
    await openHydrated(page, path)
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)
    expect(problems).toEqual([])
  })
}
