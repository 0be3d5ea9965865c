/**
 * Screenshots for a person to look at: a phone (390 px) and a desktop (1280 px), each in the light
 * and the dark theme, saved as test-results/review/<name>-<viewport>-<theme>.png and attached to
 * the test. A shot with a `focus` is of that element whole (a sandbox with its run and timeline is
 * taller than a screen), else of the screen or the whole page. On every one the page must not be
 * wider than the screen (long code scrolls inside its block, never the page).
 */
import type { Locator, Page, TestInfo } from '@playwright/test'
import path from 'node:path'
import { themes, showTheme } from './axe'
import { expect } from './fixtures'

export const reviewViewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const

export type ReviewOptions = {
  /** The element to photograph, whole (else the page). */
  focus?: () => Locator
  /** The whole page rather than the screen. */
  fullPage?: boolean
}

export async function reviewScreenshots(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { focus, fullPage = false }: ReviewOptions = {},
): Promise<void> {
  const viewport = page.viewportSize()
  for (const theme of themes) {
    await showTheme(page, theme)
    for (const { name: size, width, height } of reviewViewports) {
      await page.setViewportSize({ width, height })
      await page.evaluate(() => window.scrollTo(0, 0))
      // Let layout that follows the width (the timeline measures its own) settle.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      )
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect
        .soft(overflow, `${name} on a ${size} (${width} px) is wider than the screen`)
        .toBeLessThanOrEqual(0)
      const file = path.join(testInfo.project.outputDir, 'review', `${name}-${size}-${theme}.png`)
      // No focus ring left by the test's own clicks in the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      if (focus) {
        // Cut from the whole page rather than shot as an element: Playwright would scroll the
        // element under the sticky header and photograph the header over it.
        const clip = await focus().evaluate((element) => {
          const box = element.getBoundingClientRect()
          return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height }
        })
        await page.screenshot({ path: file, fullPage: true, clip })
      } else {
        await page.screenshot({ path: file, fullPage })
      }
      await testInfo.attach(`${name}-${size}-${theme}`, { path: file, contentType: 'image/png' })
    }
  }
  if (viewport) await page.setViewportSize(viewport)
}
