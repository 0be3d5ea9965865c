import { test } from './support/fixtures'
import { course, lessonPath } from './support/course'
import { openHydrated } from './support/page-problems'

// Not part of the suite: refreshes the README's screenshot from the production build.
//   LOOPLAB_SCREENSHOT=1 npx playwright test --project=screenshot
test('README screenshot of the first lesson', async ({ page }) => {
  const { lessons } = await course()
  const lesson = lessons.find((l) => l.examples.length > 0) ?? lessons[0]
  if (!lesson) throw new Error('the course has no lessons to photograph')
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'light' })
  await openHydrated(page, lessonPath(lesson))
  // Centre the shortest example, so code and its output both show.
  const lines = (code: string) => code.split('\n').length
  const example = [...lesson.examples].sort((a, b) => lines(a.code) - lines(b.code))[0]
  if (example) {
    await page
      .locator(`[id="${example.anchor}"]`)
      .evaluate((node) => node.scrollIntoView({ block: 'center' }))
  }
  await page.screenshot({ path: 'public/screenshots/lesson.png' })
})
