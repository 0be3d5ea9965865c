/**
 * Moving around the course: the sidebar, and the menu it folds into on a phone. The pager's links
 * (previous and next, across chapters) are checked on every lesson page by course.spec.ts.
 */
import { expect, test } from './support/fixtures'
import { course, lessonPath } from './support/course'

test('the sidebar lists the course, marks the current lesson and navigates', async ({ page }) => {
  const { lessons } = await course()
  test.skip(lessons.length < 2, 'needs two lessons')
  const [first, last] = [lessons[0]!, lessons.at(-1)!]
  await page.goto(lessonPath(first))
  const sidebar = page.getByRole('navigation', { name: 'Course' })
  await expect(sidebar.getByRole('link')).toHaveText(lessons.map((l) => l.title))
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(first.title)

  await sidebar.getByRole('link', { name: last.title, exact: true }).click()
  await expect(page).toHaveURL(lessonPath(last))
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(last.title)
})

test('a sidebar link prefetches its lesson once pointed at, not on sight', async ({ page }) => {
  const { lessons } = await course()
  test.skip(lessons.length < 4, 'needs a lesson the pager does not link to')
  // In view beside the first lesson, and not its pager's next lesson (those prefetch on sight).
  const [first, far] = [lessons[0]!, lessons[3]!]
  // Next asks for a route's payload with ?_rsc=…; the sidebar holds every lesson (intent-link.tsx).
  const payloads = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.searchParams.has('_rsc')) payloads.add(url.pathname)
  })
  await page.goto(lessonPath(first))
  await page.waitForLoadState('networkidle')
  expect([...payloads].filter((path) => path.startsWith('/learn/'))).not.toContain(lessonPath(far))

  const sidebar = page.getByRole('navigation', { name: 'Course' })
  await sidebar.getByRole('link', { name: far.title, exact: true }).hover()
  await expect.poll(() => payloads.has(lessonPath(far))).toBe(true)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the sidebar folds into a menu that navigates and closes', async ({ page }) => {
    const { lessons } = await course()
    test.skip(lessons.length < 2, 'needs two lessons')
    await page.goto(lessonPath(lessons[0]!))
    const menu = page.getByRole('button', { name: 'Course menu' })
    const sidebar = page.getByRole('navigation', { name: 'Course' })
    await expect(sidebar).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await sidebar.getByRole('link', { name: lessons[1]!.title, exact: true }).click()
    await expect(page).toHaveURL(lessonPath(lessons[1]!))
    await expect(sidebar).toBeHidden()
    // Nothing wider than the screen: long code scrolls inside its block, not the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
