import { expect, test } from './support/fixtures'

const theme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.dataset.theme)

test('follows the system theme when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  expect(await theme(page)).toBe('dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(() => theme(page)).toBe('light')
})

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  expect(await theme(page)).toBe('light')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const lightBackground = await background()

  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  expect(await theme(page)).toBe('dark')
  expect(await background()).not.toBe(lightBackground)

  // The saved choice is applied by the inline script, before the page paints.
  let themeAtFirstParse: string | undefined
  page.once('domcontentloaded', async () => {
    themeAtFirstParse = await theme(page)
  })
  await page.reload()
  await expect.poll(() => themeAtFirstParse).toBe('dark')
  expect(await theme(page)).toBe('dark')
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()

  await page.getByRole('button', { name: 'Switch to light theme' }).click()
  await page.reload()
  expect(await theme(page)).toBe('light')
})
