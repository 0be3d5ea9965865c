/**
 * Workspaces booted for real: a WebContainer from StackBlitz, our runtime in its Node. Needs
 * internet to stackblitz.com, so it runs only with LOOPLAB_WEBCONTAINER_E2E=1 (offline machines,
 * this project's CI among them, skip it and say so). The offline half is workspace.spec.ts.
 */
import { expect, test } from '@playwright/test'
import { course, lessonPath } from './support/course'
import { openHydrated } from './support/page-problems'
import { sandboxFor } from './support/sandbox'

const enabled = process.env.LOOPLAB_WEBCONTAINER_E2E === '1'
const { lessons } = await course()
const lesson = lessons.find((l) =>
  l.examples.some((e) => e.expected.status === 'ok' && e.varies === null && e.expected.stdout),
)!
const example = lesson.examples.find(
  (e) => e.expected.status === 'ok' && e.varies === null && e.expected.stdout,
)!
const exerciseLesson = lessons.find((l) => l.exerciseIds.length > 0)!

if (!enabled) {
  console.info(
    'workspace-webcontainer.spec.ts: skipped, it needs internet to stackblitz.com ' +
      '(LOOPLAB_WEBCONTAINER_E2E=1 runs it); e2e/workspace.spec.ts covers the offline fallback',
  )
}

test.describe.configure({ timeout: 300_000 })
test.skip(
  !enabled,
  'needs internet to stackblitz.com: set LOOPLAB_WEBCONTAINER_E2E=1 on a machine that has it',
)

test('boots, runs an example in the terminal, and Run matches the lesson', async ({ page }) => {
  await openHydrated(page, `${lessonPath(lesson)}#${example.anchor}`)
  await sandboxFor(page, example.anchor).getByTestId('open-workspace').click()
  const dialog = page.getByTestId('workspace-dialog')
  await expect(dialog.locator('[data-state="ready"]')).toBeVisible({ timeout: 60_000 })
  const firstLine = example.expected.stdout.split('\n')[0]!
  await expect(dialog.getByTestId('workspace-terminal')).toContainText(firstLine, {
    timeout: 120_000,
  })
  await dialog.getByTestId('workspace-run').click()
  await expect(dialog.getByTestId('lesson-match')).toHaveAttribute('data-match', 'matches', {
    timeout: 120_000,
  })
})

test('grades an exercise with looplab grade in the terminal', async ({ page }) => {
  const id = exerciseLesson.exerciseIds[0]!
  await openHydrated(page, lessonPath(exerciseLesson))
  await page.locator(`[data-exercise-workbench="${id}"]`).getByTestId('open-workspace').click()
  const dialog = page.getByTestId('workspace-dialog')
  await expect(dialog.locator('[data-state="ready"]')).toBeVisible({ timeout: 60_000 })
  const terminal = dialog.getByTestId('workspace-terminal')
  await terminal.click()
  await page.keyboard.type(`looplab grade ${id} main.py\r`)
  // The starter is not a solution: the grade names the exercise and fails it.
  await expect(terminal).toContainText(id, { timeout: 120_000 })
  await expect(terminal).toContainText(/fail/i, { timeout: 120_000 })
})
