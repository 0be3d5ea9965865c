import type { Page } from '@playwright/test'

/** Records everything a reader's console would show as a problem, plus failed requests. */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => {
    // Leaving a page cancels its link prefetches: an abort is the browser's doing, not a fault.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}

/**
 * Opens a page and waits until React has hydrated it (the theme toggle's label names the theme
 * only once client code runs) and its link prefetches have settled, so late errors are caught too.
 */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor()
  // A prefetch that never settles must not hang the test; what it logged is still collected.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined)
}
