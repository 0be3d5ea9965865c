import { expect, test } from '@playwright/test'
import { course, lessonPath } from './support/course'

test('home lists every chapter and lesson in folder order', async ({ page }) => {
  const { chapters, lessons } = await course()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const outline = page.getByTestId('course-outline')
  await expect(outline.locator('h3')).toHaveText(chapters.map((c) => c.title))
  const lessonLinks = outline.locator('li li a')
  await expect(lessonLinks).toHaveText(lessons.map((l) => l.title))
  for (const [index, lesson] of lessons.entries()) {
    await expect(lessonLinks.nth(index)).toHaveAttribute('href', lessonPath(lesson))
    await expect(outline.getByText(lesson.summary, { exact: true })).toBeVisible()
  }
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
