import type { Page } from '@playwright/test'

/**
 * (What a page must never log or fail to load is watched for every test: support/fixtures.ts.)
 *
 * Opens a page and waits until React has hydrated it (the theme toggle's label names the theme
 * only once client code runs) and its link prefetches have settled, so late errors are caught too.
 */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await waitForHydration(page)
  // A prefetch that never settles must not hang the test; what it logged is still collected.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined)
}

/** Waits until React has hydrated the page: the theme toggle names the theme only then. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor()
}
