import { expect, test } from '@playwright/test'
import { course, lessonPath } from './support/course'
import { collectPageProblems, openHydrated } from './support/page-problems'

const { lessons, exercises } = await course()

for (const lesson of lessons) {
  test(`${lessonPath(lesson)} renders its text, code and outputs without console errors`, async ({
    page,
  }) => {
    const problems = collectPageProblems(page)
    await openHydrated(page, lessonPath(lesson))

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title)
    await expect(page.getByText(lesson.summary, { exact: true }).first()).toBeVisible()

    // Every ## and ### has its stable id, and the table of contents links to it.
    const toc = page.getByRole('navigation', { name: 'On this page' }).last()
    for (const heading of lesson.headings) {
      await expect(page.locator(`h${heading.depth}[id="${heading.slug}"]`)).toHaveCount(1)
      await expect(toc.locator(`a[href="#${heading.slug}"]`)).toHaveText(heading.text)
    }

    for (const example of lesson.examples) {
      const figure = page.locator(`figure[id="${example.anchor}"]`)
      await expect(figure).toBeVisible()
      // Highlighted at build time: shiki tokens carry both themes' colours.
      const code = figure.locator('pre.shiki')
      await expect(code).toHaveText(example.code)
      await expect(code.locator('span[style*="--shiki-light"]').first()).toBeAttached()
      const output = figure.getByTestId('expected-output').locator('pre')
      if (example.expected.stdout) await expect(output).toContainText(example.expected.stdout)
      if (example.expected.error) await expect(output).toContainText(example.expected.error)
    }

    for (const id of lesson.exerciseIds) {
      const exercise = exercises[id]!
      const section = page.locator(`section[id="exercise-${id}"]`)
      await expect(section.getByRole('heading', { name: exercise.title })).toBeVisible()
      await expect(section.getByTestId('exercise-starter').locator('pre.shiki')).toHaveText(
        exercise.starter.replace(/\n$/, ''),
      )
    }

    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)
    expect(problems).toEqual([])
  })
}

test('an example anchor scrolls to the example', async ({ page }) => {
  const lesson = lessons.find((l) => l.examples.length > 0)
  test.skip(!lesson, 'no lesson with examples yet')
  const example = lesson!.examples.at(-1)!
  await page.goto(`${lessonPath(lesson!)}#${example.anchor}`)
  await expect(page.locator(`[id="${example.anchor}"]`)).toBeInViewport()
})
