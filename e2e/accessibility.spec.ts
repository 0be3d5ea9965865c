import { expect, test } from '@playwright/test'
import { course, lessonPath } from './support/course'

test('the first Tab reaches a visible skip link that moves focus to the main content', async ({
  page,
}) => {
  const { lessons } = await course()
  await page.goto(lessons[0] ? lessonPath(lessons[0]) : '/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('pages have one h1, one main, a banner, a footer and labelled navigation', async ({
  page,
}) => {
  const { lessons, chapters } = await course()
  const paths = ['/', '/no-such-page']
  if (chapters[0]) paths.push(`/learn/${chapters[0].slug}`)
  if (lessons[0]) paths.push(lessonPath(lessons[0]))
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('h1'), path).toHaveCount(1)
    await expect(page.getByRole('main'), path).toHaveCount(1)
    await expect(page.getByRole('banner'), path).toHaveCount(1)
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1)
    for (const nav of await page.getByRole('navigation').all()) {
      await expect(nav, path).toHaveAttribute('aria-label', /.+/)
    }
  }
})

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab') // skip link
  await page.keyboard.press('Tab') // the logo link
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element)
    return { style: style.outlineStyle, width: style.outlineWidth }
  })
  expect(outline.style).toBe('solid')
  expect(outline.width).toBe('2px')
})
