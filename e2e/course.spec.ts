/**
 * The whole course, as a reader gets it: one page per lesson of the production build, enumerated
 * from the course folder (new lessons are covered as they are added), and on each page:
 *
 * - what the build rendered: the title, the summary, every heading's anchor in the table of
 *   contents, every example's highlighted code and expected output, every exercise's starter, and
 *   the pager's links to the lessons before and after it;
 * - axe in both themes on the whole page once every output, timeline and grade is shown, and on
 *   the expected outputs (which the runs replace) before;
 * - every example run in the page's own Python worker (all queued at once, as a reader clicking
 *   Run down the page would): each ends as the lesson declares (status, error) and "Matches the
 *   lesson", and the sandbox's live region says so;
 * - every exercise Checked in the page: the starter fails (its first failure emphasised, and only
 *   that one), the solution passes.
 *
 * Console errors, failed requests and requests off the origin fail any test (support/fixtures.ts).
 */
import type { Locator, Page, TestInfo } from '@playwright/test'
import type { Exercise, Lesson, LessonExample } from '@looplab/runtime/content'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expectAccessible, showTheme, themes } from './support/axe'
import { course, lessonPath } from './support/course'
import { expect, test, type PageWatch } from './support/fixtures'
import { waitForHydration } from './support/page-problems'
import { reviewScreenshots } from './support/review'
import { bootTimeout, setCode } from './support/sandbox'

const { lessons, exercises } = await course()
/** The lesson photographed for review: the first with both an example and an exercise. */
const reviewed = lessons.find((l) => l.examples.length > 0 && l.exerciseIds.length > 0)
/** The lesson whose expected outputs axe scans before any run. */
const outputsScanned = lessons.find(
  (l) =>
    l.examples.some((example) => example.expected.error) &&
    l.examples.some((example) => example.expected.stdout),
)

// A cold Python on a loaded 2-core machine, then every run and Check of the page.
test.describe.configure({ timeout: 300_000 })

for (const [index, lesson] of lessons.entries()) {
  test(`${lessonPath(lesson)}: renders, passes axe, every example matches, every exercise grades`, async ({
    page,
    pageWatch,
  }, testInfo) => {
    const review = lesson === reviewed
    await keepGradesInThePage(page, pageWatch)
    await showTheme(page, 'light')
    await page.goto(lessonPath(lesson))
    await waitForHydration(page)
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)
    await expectRendered(page, lesson, lessons[index - 1] ?? null, lessons[index + 1] ?? null)

    // A whole-page scan costs seconds on a page this size, so the whole page is scanned once in
    // each theme, after the runs and Checks (when it shows the most). Before them, only what the
    // runs replace: the expected outputs, one component in every lesson, so on one lesson whose
    // expected outputs show both stdout and a traceback rather than on every lesson.
    if (lesson === outputsScanned) {
      for (const theme of themes) {
        await expectAccessible(page, testInfo, {
          theme,
          state: 'before any run',
          include: '[data-testid="expected-output"]',
          rules: theme === 'light' ? undefined : ['color-contrast'],
        })
      }
    }

    await runEveryExample(page, lesson)

    for (const [position, id] of lesson.exerciseIds.entries()) {
      const exercise = exercises[id]
      if (!exercise) throw new Error(`${lesson.id} shows an unknown exercise ${id}`)
      await checkExercise(page, exercise, testInfo, review && position === 0)
    }

    if (review) {
      const example = [...lesson.examples].sort(
        (a, b) => a.code.split('\n').length - b.code.split('\n').length,
      )[0]!
      await reviewScreenshots(page, testInfo, 'lesson-run', {
        focus: () => page.locator(`figure[id="${example.anchor}"]`),
      })
    }

    await expectAccessible(page, testInfo, { theme: 'light', state: 'after every run and Check' })
    await expectAccessible(page, testInfo, {
      theme: 'dark',
      state: 'after every run and Check',
      rules: ['color-contrast'],
    })
  })
}

/**
 * The server's copy of each Check (POST /api/grade, sent in the background) is cut: here the
 * page's own grade is under test, and 54 server grades in bubblewrap would only load the machine
 * (the server's grading: api.spec.ts and exercise.spec.ts). The page keeps the copies to send
 * later, as it does offline.
 */
async function keepGradesInThePage(page: Page, pageWatch: PageWatch): Promise<void> {
  await page.route('**/api/grade', (route) => route.abort('blockedbyclient'))
  pageWatch.allow(
    /\/api\/grade\b.*ERR_BLOCKED_BY_CLIENT|ERR_BLOCKED_BY_CLIENT.*\/api\/grade\b/,
    'the server copies of the Checks, cut on purpose',
  )
}

test('an example anchor scrolls to the example', async ({ page }) => {
  const lesson = lessons.find((l) => l.examples.length > 0)
  test.skip(!lesson, 'no lesson with examples yet')
  const example = lesson!.examples.at(-1)!
  await page.goto(`${lessonPath(lesson!)}#${example.anchor}`)
  await expect(page.locator(`[id="${example.anchor}"]`)).toBeInViewport()
})

/**
 * What the build put on the page, before any script runs a thing. Read in one pass (a locator
 * per item would cost a round trip each, dozens per lesson) and compared as a whole.
 */
async function expectRendered(
  page: Page,
  lesson: Lesson,
  previous: Lesson | null,
  next: Lesson | null,
): Promise<void> {
  const shown = await page.evaluate(
    ({ headings, examples, exerciseIds }) => {
      const text = (element: Element | null | undefined) =>
        element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null
      const tocs = document.querySelectorAll('nav[aria-label="On this page"]')
      const toc = tocs[tocs.length - 1]
      const pager = document.querySelector('nav[aria-label="Lessons"]')
      return {
        title: text(document.querySelector('h1')),
        text: text(document.querySelector('main')) ?? '',
        headings: headings.map(({ depth, slug }) => ({
          count: document.querySelectorAll(`h${depth}[id="${slug}"]`).length,
          toc: text(toc?.querySelector(`a[href="#${slug}"]`)),
        })),
        examples: examples.map((anchor) => {
          const figure = document.querySelector(`figure[id="${anchor}"]`)
          const code = figure?.querySelector('pre.shiki')
          return {
            code: text(code),
            // Highlighted at build time: shiki tokens carry both themes' colours.
            highlighted: Boolean(code?.querySelector('span[style*="--shiki-light"]')),
            output: text(figure?.querySelector('[data-testid="expected-output"] pre')),
          }
        }),
        exercises: exerciseIds.map((id) => {
          const section = document.querySelector(`section[id="exercise-${id}"]`)
          return {
            titles: [...(section?.querySelectorAll('h2, h3') ?? [])].map((h) => text(h)),
            starter: text(section?.querySelector('[data-testid="exercise-starter"] pre.shiki')),
          }
        }),
        prev: pager?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null,
        next: pager?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null,
      }
    },
    {
      headings: lesson.headings.map(({ depth, slug }) => ({ depth, slug })),
      examples: lesson.examples.map((example) => example.anchor),
      exerciseIds: lesson.exerciseIds,
    },
  )
  const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim()

  expect(shown.title).toBe(squeeze(lesson.title))
  expect(shown.text).toContain(squeeze(lesson.summary))
  // Every ## and ### has its stable id, and the table of contents links to it.
  expect(shown.headings).toEqual(
    lesson.headings.map((heading) => ({ count: 1, toc: squeeze(heading.text) })),
  )
  shown.examples.forEach((rendered, index) => {
    const example = lesson.examples[index]!
    expect(rendered.code, example.name).toBe(squeeze(example.code))
    expect(rendered.highlighted, example.name).toBe(true)
    for (const part of [example.expected.stdout, example.expected.error]) {
      if (part) expect(rendered.output, example.name).toContain(squeeze(part))
    }
  })
  shown.exercises.forEach((rendered, index) => {
    const exercise = exercises[lesson.exerciseIds[index]!]!
    expect(rendered.titles, exercise.id).toContain(squeeze(exercise.title))
    expect(rendered.starter, exercise.id).toBe(squeeze(exercise.starter))
  })
  // The pager walks the course in folder order, across chapters.
  expect({ prev: shown.prev, next: shown.next }).toEqual({
    prev: previous ? lessonPath(previous) : null,
    next: next ? lessonPath(next) : null,
  })
}

/**
 * Clicks every Run on the page at once (the runs queue in the page's one worker), then reads each
 * result: every example that ends otherwise than the lesson says is reported, all together.
 */
async function runEveryExample(page: Page, lesson: Lesson): Promise<void> {
  const sandboxes = lesson.examples.map((example) => ({
    example,
    sandbox: page.locator(`figure[id="${example.anchor}"] [data-sandbox]`),
  }))
  for (const { sandbox } of sandboxes) await sandbox.getByTestId('run-button').click()

  const mismatches: string[] = []
  for (const { example, sandbox } of sandboxes) {
    const output = sandbox.getByTestId('run-output')
    await expect(output.getByTestId('run-status'), example.name).toBeVisible({
      timeout: bootTimeout,
    })
    await expect(sandbox, example.name).toHaveAttribute('data-run-phase', 'idle', {
      timeout: bootTimeout,
    })
    const problem = await mismatch(example, output, sandbox)
    if (problem) mismatches.push(`${example.name}: ${problem}`)
  }
  expect(mismatches, `examples of ${lesson.id} that do not run as the lesson shows`).toEqual([])
}

/** "3.0 s of event-loop time, 2 ms of real time". */
const durationWords =
  /^[\d.]+ (s|µs) of event-loop time, (under 1 ms|\d+ ms|[\d.]+ s) of real time$/

/** Why a finished run is not what the lesson shows, or null. */
async function mismatch(
  example: LessonExample,
  output: Locator,
  sandbox: Locator,
): Promise<string | null> {
  const status = await output.getByTestId('run-status').getAttribute('data-status')
  const match = output.getByTestId('lesson-match')
  const verdict = (await match.count()) > 0 ? await match.getAttribute('data-match') : null
  if (status !== example.expected.status || verdict !== 'matches') {
    const details = await output.innerText()
    return `ended ${status} (the lesson: ${example.expected.status}), ${verdict ?? 'not compared'}\n${details.slice(0, 1500)}`
  }
  // The live region tells a screen reader what the run did.
  const announced = await sandbox.getByTestId('sandbox-announcement').textContent()
  if (!announced?.includes('Matches the lesson')) return `announced "${announced}"`
  // The traceback is told apart from stdout; a deadlock is explained in the runtime's words.
  if (example.expected.error) {
    const stderr = output.locator('[data-stream="stderr"]').filter({
      hasText: example.expected.error,
    })
    if ((await stderr.count()) === 0) return `no stderr line shows ${example.expected.error}`
  }
  if (example.expected.status === 'deadlock') {
    const badge = (await output.getByTestId('run-status').textContent()) ?? ''
    const note = (await output.getByTestId('runtime-note').textContent()) ?? ''
    if (!badge.startsWith('Deadlock') || !note.includes('Deadlock')) {
      return `a deadlock shown as "${badge}", explained as "${note}"`
    }
  }
  const duration = (await output.getByTestId('run-duration').textContent()) ?? ''
  if (!durationWords.test(duration)) return `a run's duration reads "${duration}"`
  return null
}

/** Check the starter (it must fail), then the solution (it must pass), in the page's Python. */
async function checkExercise(
  page: Page,
  exercise: Exercise,
  testInfo: TestInfo,
  review: boolean,
): Promise<void> {
  const bench = page.locator(`[data-exercise-workbench="${exercise.id}"]`)
  const report = bench.getByTestId('grade-report')
  const check = bench.getByRole('button', { name: 'Check', exact: true })

  await check.click()
  await expect(report, `${exercise.id}: the starter's grade`).toBeVisible({ timeout: bootTimeout })
  await expect(report, `${exercise.id}: the starter fails`).toHaveAttribute(
    'data-grade-status',
    'fail',
  )
  // Only the first failure is emphasised: the one to fix next.
  const failures = report.locator('[data-testid="grade-test"]:not([data-status="pass"])')
  await expect(failures.first()).toHaveAttribute('data-first-failure', 'true')
  await expect(report.locator('[data-first-failure]')).toHaveCount(1)
  await expect(bench.getByTestId('exercise-announcement')).toHaveText(/checks pass/)

  if (review) {
    await reviewScreenshots(page, testInfo, 'exercise-failed-check', {
      focus: () => page.locator(`section[id="exercise-${exercise.id}"]`),
    })
    await showTheme(page, 'light')
  }

  const solution = await readFile(path.join(exercise.dir, 'solution.py'), 'utf8')
  await setCode(bench.locator('[data-sandbox]'), solution)
  await check.click()
  await expect(report, `${exercise.id}: the solution passes`).toHaveAttribute(
    'data-grade-status',
    'pass',
    { timeout: bootTimeout },
  )
  await expect(bench.getByTestId('exercise-announcement')).toHaveText(/^Solved/)
}
