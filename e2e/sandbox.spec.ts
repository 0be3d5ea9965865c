/**
 * Lesson examples are live sandboxes: an edit shows a diff, edits survive a reload and Reset
 * restores the lesson's code, sandboxes of a page queue their runs in one Python. (Every example
 * run as the lesson shows it, matching: course.spec.ts.) Examples are picked from the course
 * itself, so the specs follow the content as it grows.
 */
import type { Lesson, LessonExample } from '@looplab/runtime/content'
import { course, lessonPath } from './support/course'
import { expect, test } from './support/fixtures'
import { editorOf, editorText, run, sandboxFor, setCode, waitForPython } from './support/sandbox'

const { lessons } = await course()

function find(
  predicate: (example: LessonExample) => boolean,
): { lesson: Lesson; example: LessonExample } | undefined {
  for (const lesson of lessons) {
    const example = lesson.examples.find(predicate)
    if (example) return { lesson, example }
  }
  return undefined
}

const plain = find(
  (e) =>
    e.expected.status === 'ok' &&
    e.varies === null &&
    e.expected.stdout.trim() !== '' &&
    e.code.split('\n').length < 40,
)!

test.describe.configure({ timeout: 180_000 })

test('an edited example shows a line diff against the lesson', async ({ page }) => {
  await page.goto(lessonPath(plain.lesson))
  const sandbox = sandboxFor(page, plain.example.anchor)
  await setCode(sandbox, `${plain.example.code}\nprint("a line the lesson does not have")`)
  const output = await run(sandbox)
  await expect(output.getByTestId('lesson-match')).toHaveAttribute('data-match', 'differs')
  const diff = output.getByTestId('lesson-diff')
  await expect(diff.locator('[data-diff="extra"]')).toHaveText(/a line the lesson does not have/)
  await expect(diff.locator('[data-diff="missing"]')).toHaveCount(0)
})

test('edits survive a reload, and Reset restores the lesson’s code', async ({ page }) => {
  await page.goto(lessonPath(plain.lesson))
  const sandbox = sandboxFor(page, plain.example.anchor)
  const edited = `# my notes\n${plain.example.code}`
  await setCode(sandbox, edited)
  await expect(sandbox.getByTestId('edited-mark')).toHaveText('edited')
  // The edit is saved a moment after typing stops.
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('example:'))),
    )
    .toHaveLength(1)

  await page.reload()
  await expect(sandbox.getByTestId('edited-mark')).toBeVisible()
  await expect(sandbox.locator('.cm-content')).toBeVisible()
  expect(await editorText(sandbox)).toBe(edited)

  await sandbox.getByTestId('reset-button').click()
  await expect(sandbox.getByTestId('edited-mark')).toHaveCount(0)
  expect(await editorText(sandbox)).toBe(plain.example.code)
  // Reset can be undone, once, from the same button.
  await expect(sandbox.getByTestId('reset-button')).toHaveText('Undo reset')
  await sandbox.getByTestId('reset-button').click()
  expect(await editorText(sandbox)).toBe(edited)
  await sandbox.getByTestId('reset-button').click()

  await page.reload()
  await expect(sandbox.getByTestId('edited-mark')).toHaveCount(0)
  // Nothing stored any more: the server-rendered code stays until the editor is wanted.
  await expect(sandbox.locator('pre.shiki')).toBeVisible()
  await expect(sandbox.locator('.cm-content')).toHaveCount(0)
})

test('sandboxes on one page share one Python and queue their runs', async ({ page }) => {
  const lesson = lessons.find((l) => l.examples.length >= 2)!
  const [first, second] = lesson.examples
  await page.goto(lessonPath(lesson))
  await waitForPython(page)
  const busy = sandboxFor(page, first!.anchor)
  const waiting = sandboxFor(page, second!.anchor)
  await setCode(busy, 'while True:\n    pass')
  await busy.getByTestId('run-button').click()
  await expect(busy).toHaveAttribute('data-run-phase', 'running')
  await waiting.getByTestId('run-button').click()
  await expect(waiting).toHaveAttribute('data-run-phase', 'queued')
  await expect(waiting.getByTestId('runtime-status')).toHaveText(
    'Waiting for another example on this page to finish…',
  )
  await busy.getByTestId('stop-button').click()
  await expect(busy.getByTestId('run-status')).toHaveAttribute('data-status', 'interrupted')
  // The queued run goes as soon as the first one stops.
  await expect(waiting.getByTestId('run-status')).toBeVisible()
})

test('the editor mounts in place of the static code without moving anything', async ({ page }) => {
  await page.goto(lessonPath(plain.lesson))
  const sandbox = sandboxFor(page, plain.example.anchor)
  const slot = sandbox.locator('[data-slot="code"]')
  await slot.scrollIntoViewIfNeeded()
  const before = await slot.boundingBox()
  // Where the first character of the code is drawn, static or live.
  const firstCharacter = (selector: string) =>
    sandbox
      .locator(selector)
      .first()
      .evaluate((line) => {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
        const text = walker.nextNode()
        if (!text) throw new Error('no text in the first line')
        const range = document.createRange()
        range.setStart(text, 0)
        range.setEnd(text, 1)
        const { x, y, height } = range.getBoundingClientRect()
        return { x, y, height }
      })
  const textBefore = await firstCharacter('pre.shiki .line')
  await editorOf(sandbox)
  const after = await slot.boundingBox()
  const textAfter = await firstCharacter('.cm-line')
  expect(after!.height).toBeCloseTo(before!.height, 0)
  expect(after!.y).toBeCloseTo(before!.y, 0)
  expect(textAfter.x).toBeCloseTo(textBefore.x, 0)
  expect(textAfter.y).toBeCloseTo(textBefore.y, 0)
  expect(textAfter.height).toBeCloseTo(textBefore.height, 0)
})
