/**
 * Home and the chapter pages: what they list, axe in both themes on each, and home photographed
 * for review (support/review.ts).
 */
import { expectAccessible, themes, showTheme } from './support/axe'
import { course, lessonPath } from './support/course'
import { expect, test } from './support/fixtures'
import { openHydrated } from './support/page-problems'
import { reviewScreenshots } from './support/review'

test('home lists every chapter and lesson in folder order, passes axe, and is photographed', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000) // axe and four screenshots, on a loaded machine
  const { chapters, lessons } = await course()
  await showTheme(page, 'light')
  await openHydrated(page, '/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)

  const outline = page.getByTestId('course-outline')
  await expect(outline.locator('h3')).toHaveText(chapters.map((c) => c.title))
  const lessonLinks = outline.locator('li li a')
  await expect(lessonLinks).toHaveText(lessons.map((l) => l.title))
  for (const [index, lesson] of lessons.entries()) {
    await expect(lessonLinks.nth(index)).toHaveAttribute('href', lessonPath(lesson))
    await expect(outline.getByText(lesson.summary, { exact: true })).toBeVisible()
  }

  for (const theme of themes) await expectAccessible(page, testInfo, { theme })
  await reviewScreenshots(page, testInfo, 'home', { fullPage: true })
})

test('home states the size of the course and starts at the first lesson', async ({ page }) => {
  const { chapters, lessons } = await course()
  test.skip(lessons.length === 0, 'the course has no lessons yet')
  await page.goto('/')
  const stats = page.getByTestId('course-stats')
  await expect(stats).toContainText(`${chapters.length}chapters`)
  await expect(stats).toContainText(`${lessons.length}lessons`)

  await page.getByRole('link', { name: 'Start the course' }).click()
  await expect(page).toHaveURL(lessonPath(lessons[0]!))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title)
})

test('every chapter page lists its lessons in order and passes axe in both themes', async ({
  page,
}, testInfo) => {
  const { chapters } = await course()
  test.setTimeout(30_000 + chapters.length * 15_000)
  for (const chapter of chapters) {
    await showTheme(page, 'light')
    await openHydrated(page, `/learn/${chapter.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title)
    const links = page.getByRole('main').getByRole('listitem').getByRole('link')
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
      chapter.lessons.map((lesson) => lessonPath(lesson)),
    )
    for (const theme of themes) await expectAccessible(page, testInfo, { theme })
  }
})
