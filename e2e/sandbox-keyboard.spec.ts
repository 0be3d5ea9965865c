/**
 * The whole sandbox by keyboard alone: Tab into an example's code (the editor takes over), edit,
 * Ctrl+Enter to run, Escape then Tab out to Run and Stop, replay, explore the timeline with the
 * arrow keys, Reset (focus stays on the button as it turns into Undo reset), and Copy.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { course, lessonPath } from './support/course'
import { bootTimeout, editorText, outputLines, sandboxFor } from './support/sandbox'

const { lessons } = await course()
// The first example of a lesson (fewest Tab presses to reach it) that runs an event loop.
const lesson = lessons.find((l) => {
  const first = l.examples[0]
  return first?.expected.status === 'ok' && first.code.includes('asyncio.run')
})!
const example = lesson.examples[0]!

test.describe.configure({ timeout: 180_000 })

/** Presses Tab (or Shift+Tab) until `matches` says the focused element is the one; fails after 300. */
async function tabUntil(page: Page, matches: () => Promise<boolean>, key = 'Tab') {
  for (let i = 0; i < 300; i++) {
    if (await matches()) return
    await page.keyboard.press(key)
  }
  throw new Error('never reached the element by keyboard')
}

const focusedIs = (page: Page, selector: string) => () =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)

test('every sandbox control works from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(lessonPath(lesson))
  const sandbox = sandboxFor(page, example.anchor)
  const inSandbox = `#${example.anchor} [data-sandbox]`

  // Tab reaches the example's code; the editor mounts there and takes the focus.
  await tabUntil(page, focusedIs(page, `${inSandbox} [data-slot="code"] *`))
  await expect(sandbox.locator('.cm-content')).toBeFocused()

  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Home')
  await page.keyboard.type('print("typed by keyboard")')
  // 30 s more of event-loop time: the replay below is long enough to skip.
  await page.keyboard.press('Enter')
  await page.keyboard.type('asyncio.run(asyncio.sleep(30))')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(sandbox.getByTestId('run-output')).toBeVisible({ timeout: bootTimeout })
  await expect.poll(() => outputLines(sandbox)).toContain('typed by keyboard')
  await expect(sandbox.getByTestId('lesson-match')).toHaveAttribute('data-match', 'differs')

  // Escape, then Tab, leaves the editor (Tab alone indents): focus moves on to Run.
  await page.keyboard.press('Tab')
  await expect(sandbox.locator('.cm-content')).toBeFocused()
  expect((await editorText(sandbox)).split('\n').at(-1)).toBe('    asyncio.run(asyncio.sleep(30))')
  await page.keyboard.press('Shift+Tab')
  expect((await editorText(sandbox)).split('\n').at(-1)).toBe('asyncio.run(asyncio.sleep(30))')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(sandbox.getByTestId('run-button')).toBeFocused()
  const outline = await sandbox
    .getByTestId('run-button')
    .evaluate((button) => getComputedStyle(button).outlineStyle)
  expect(outline).toBe('solid')
  await page.keyboard.press('Enter')
  await expect(sandbox.getByTestId('run-output')).toHaveAttribute('data-run', '2', {
    timeout: bootTimeout,
  })
  await page.keyboard.press('Tab')
  await expect(sandbox.getByTestId('stop-button')).toBeFocused()

  // Replay, and skip it, from the same button.
  await tabUntil(page, focusedIs(page, `${inSandbox} [data-testid="replay-button"]`))
  const replay = sandbox.getByTestId('replay-button')
  await page.keyboard.press('Enter')
  await expect(replay).toHaveText('Show all now')
  await page.keyboard.press('Enter')
  await expect(replay).toHaveText('Replay in real time')

  // The timeline: Tab to its first item, arrows to the next; focus shows the details.
  await tabUntil(page, focusedIs(page, `${inSandbox} .sbx-item`))
  const tooltip = sandbox.getByTestId('timeline-tooltip')
  await expect(tooltip).toBeVisible()
  const first = await tooltip.textContent()
  // Down to the next lane (a task), then along it.
  await page.keyboard.press('ArrowDown')
  await expect(tooltip).not.toHaveText(first ?? '')
  const second = await tooltip.textContent()
  await page.keyboard.press('ArrowRight')
  await expect(tooltip).not.toHaveText(second ?? '')

  // Back up to Reset: it restores the lesson's code and becomes Undo reset, keeping focus.
  await tabUntil(page, focusedIs(page, `${inSandbox} [data-testid="reset-button"]`), 'Shift+Tab')
  await page.keyboard.press('Enter')
  const reset = sandbox.getByTestId('reset-button')
  await expect(reset).toHaveText('Undo reset')
  await expect(reset).toBeFocused()
  expect(await editorText(sandbox)).toBe(example.code)

  // Copy puts the code on the clipboard.
  await page.keyboard.press('Tab')
  await expect(sandbox.getByRole('button', { name: /Copy code/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(sandbox.getByRole('button', { name: /Copied/ })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(example.code)
})
