/**
 * What axe cannot see: the keyboard. axe itself runs on every route in both themes (course.spec.ts
 * for the lessons; home.spec.ts for home and the chapter pages; playground.spec.ts and
 * not-found.spec.ts for the rest); the whole sandbox by keyboard alone is sandbox-keyboard.spec.ts,
 * and the live regions are checked where runs and Checks finish (course.spec.ts).
 */
import { expect, test } from './support/fixtures'

test('the first Tab reaches a visible skip link, focus is drawn, and the link moves it to the main content', async ({
  page,
}) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()

  // The next stop (the logo link) shows where focus is.
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element)
    return { style: style.outlineStyle, width: style.outlineWidth }
  })
  expect(outline).toEqual({ style: 'solid', width: '2px' })

  await page.keyboard.press('Shift+Tab')
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})
