import { expect, test, type Page } from '@playwright/test'
import { course, lessonPath } from './support/course'

function collectProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}

test('no console errors or failed requests on the home page and every chapter and lesson', async ({
  page,
}) => {
  const { chapters, lessons } = await course()
  const paths = ['/', ...chapters.map((c) => `/learn/${c.slug}`), ...lessons.map(lessonPath)]
  test.setTimeout(15_000 + paths.length * 3_000)
  const problems = collectProblems(page)
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => window.crossOriginIsolated), path).toBe(true)
    expect(problems, path).toEqual([])
  }
})
