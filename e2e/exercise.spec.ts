/**
 * Exercises in real Chromium against the production build: solve one in the editor (Check grades
 * in the page's own Python, with checks fetched only then), see it marked on the lesson, the
 * sidebar and the home page after a reload — from the browser and from the server's record —
 * and the hints and solution flows. (Every exercise's starter failing and solution passing:
 * course.spec.ts.) The exercise is the course's first, so the spec follows the content.
 */
import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { course, lessonPath } from './support/course'
import { expect, test } from './support/fixtures'
import { openHydrated } from './support/page-problems'

const { lessons, exercises } = await course()
const exerciseId = lessons.flatMap((lesson) => lesson.exerciseIds)[0] ?? ''

async function target() {
  const exercise = exercises[exerciseId]
  const lesson = lessons.find((l) => l.exerciseIds.includes(exerciseId))
  if (!exercise || !lesson) throw new Error('the course has no exercise yet')
  const solution = await readFile(path.join(exercise.dir, 'solution.py'), 'utf8')
  const checks = await readFile(path.join(exercise.dir, 'checks.py'), 'utf8')
  const meta = JSON.parse(await readFile(path.join(exercise.dir, 'exercise.json'), 'utf8')) as {
    hints?: unknown[]
  }
  const hints = meta.hints?.length ?? 0
  return { exercise, lesson, solution, checks, hints, path: lessonPath(lesson) }
}

function workbench(page: Page) {
  return page.locator(`[data-exercise-workbench="${exerciseId}"]`)
}

/** Replaces the editor's content with `code`, as a learner pasting it would. */
async function typeCode(page: Page, code: string) {
  const bench = workbench(page)
  // The code's slot, not the static code in it: the pointer coming over the code may already
  // have swapped the editor in (the static block is then gone, and a click waiting for it hangs).
  await bench.locator('[data-slot="code"]').click()
  const editor = bench.locator('.cm-content')
  await expect(editor).toBeFocused({ timeout: 15_000 })
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(code)
}

async function check(page: Page) {
  await workbench(page).getByRole('button', { name: 'Check' }).click()
  const report = workbench(page).getByTestId('grade-report')
  await expect(report).toBeVisible({ timeout: 60_000 })
  return report
}

test('solve an exercise in the browser; after a reload it shows as solved everywhere', async ({
  page,
}) => {
  // The server grades its copy too: its first grade starts a grading process (tens of seconds
  // on a loaded 2-core machine).
  test.setTimeout(180_000)
  const { lesson, solution, checks, path: lessonUrl } = await target()
  const checkRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/exercises/')) checkRequests.push(request.url())
  })
  const html = await (await page.request.get(lessonUrl)).text()
  const firstCheck = checks.split('\n').find((line) => line.startsWith('@check('))
  expect(firstCheck).toBeTruthy()
  expect(html).not.toContain(firstCheck) // the checks are not in the page

  await openHydrated(page, lessonUrl)
  expect(checkRequests).toEqual([])
  await typeCode(page, solution)
  const recorded = page.waitForResponse(
    (response) => response.url().endsWith('/api/grade') && response.request().method() === 'POST',
  )
  const report = await check(page)
  await expect(report).toHaveAttribute('data-grade-status', 'pass')
  await expect(report).toContainText('Solved: all')
  expect(checkRequests).toEqual([expect.stringContaining(`/api/exercises/${exerciseId}/checks`)])
  const exerciseSection = page.locator(`section[id="exercise-${exerciseId}"]`)
  await expect(exerciseSection.getByTestId('exercise-solved')).toBeVisible()
  // The server's copy is graded again there, and stored.
  expect((await (await recorded).json()).status).toBe('pass')

  await page.reload()
  await expect(exerciseSection.getByTestId('exercise-solved')).toBeVisible()
  const sidebarLink = page
    .getByRole('navigation', { name: 'Course' })
    .first()
    .getByRole('link', { name: new RegExp(lesson.title) })
  await expect(sidebarLink.getByTestId('lesson-progress')).toBeVisible()

  await openHydrated(page, '/')
  const outline = page.getByTestId('course-outline')
  const item = outline.getByRole('listitem').filter({ hasText: lesson.title })
  await expect(item.getByTestId('lesson-progress')).toBeVisible()
  await expect(page.getByTestId('course-progress')).toContainText('You have solved 1 of')

  // The server remembers it too: a browser with this cookie but no local marks sees it.
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(item.getByTestId('lesson-progress')).toBeVisible()
  const progress = await (await page.request.get('/api/progress')).json()
  expect(progress.exercises).toEqual([
    expect.objectContaining({ exercise: exerciseId, passed: true }),
  ])
})

test('hints reveal one at a time and stay revealed; the solution needs an attempt and a yes', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { solution, hints: hintCount, path: lessonUrl } = await target()
  test.skip(hintCount < 2, 'the first exercise has fewer than two hints')
  await openHydrated(page, lessonUrl)
  const bench = workbench(page)

  const hints = bench.getByTestId('hints')
  await expect(hints.getByTestId('hint')).toHaveCount(0)
  await hints.getByRole('button', { name: /Show a hint/ }).click()
  await expect(hints.getByTestId('hint')).toHaveCount(1)
  await hints.getByRole('button', { name: /Show another hint/ }).click()
  await expect(hints.getByTestId('hint')).toHaveCount(2)
  await page.reload()
  await expect(workbench(page).getByTestId('hints').getByTestId('hint')).toHaveCount(2)

  const solutionRequests: string[] = []
  page.on('request', (r) => r.url().endsWith('/solution') && solutionRequests.push(r.url()))
  await expect(bench.getByTestId('solution-locked')).toBeVisible()
  await expect(bench.getByRole('button', { name: 'Show the solution' })).toHaveCount(0)
  await check(page)
  await bench.getByRole('button', { name: 'Show the solution' }).click()
  const dialog = bench.getByRole('alertdialog')
  await expect(dialog).toContainText('ends the puzzle')
  await dialog.getByRole('button', { name: 'Keep trying' }).click()
  await expect(bench.getByTestId('solution')).toHaveCount(0)
  expect(solutionRequests).toEqual([])

  await bench.getByRole('button', { name: 'Show the solution' }).click()
  await bench.getByRole('button', { name: 'Yes, show the solution' }).click()
  await expect(bench.getByTestId('solution').locator('code')).toHaveText(solution)
  expect(solutionRequests).toHaveLength(1)
})
