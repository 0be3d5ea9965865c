/**
 * The sandbox against docs/performance.md, in real Chromium on the production build: page load → Python
 * ready and → first output (a first visit, with an empty HTTP cache, then a return visit), and
 * click Run → output on screen with a warm runtime. Results go to
 * $LOOPLAB_BENCH_OUT as JSON; scripts/bench-browser.mjs prints them.
 */
import { test } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { course, lessonPath } from '../support/course'
import {
  clickToOutput,
  firstOutputMs,
  hydrated,
  runtimeReady,
  watchFirstOutput,
  type Ready,
} from './page-timing'

const warmRuns = Number(process.env.LOOPLAB_BENCH_RUNS ?? 50)

type Visit = { ready: Ready; firstOutputMs: number }

test('sandbox: page → Python ready → first output, and click → output', async ({ browser }) => {
  const { lessons } = await course()
  // A typical lesson example (the first that prints and finishes): the budget is for the
  // sandbox's own overhead, not for a program that runs a thousand tasks.
  const lesson = lessons.find((l) =>
    l.examples.some((e) => e.expected.status === 'ok' && e.expected.stdout.trim() !== ''),
  )
  if (!lesson) throw new Error('no lesson has an example that prints and finishes')
  const example = lesson.examples.find(
    (e) => e.expected.status === 'ok' && e.expected.stdout.trim() !== '',
  )!
  const anchor = example.anchor
  const path = lessonPath(lesson)

  // One browser profile, as a reader's: the first visit downloads Python and the site's memory
  // snapshot; the return visit finds them in the HTTP cache.
  const context = await browser.newContext()
  const page = await context.newPage()
  await watchFirstOutput(page)

  /** Opens the lesson and clicks Run the moment the page is interactive, like a keen reader. */
  const visit = async (): Promise<Visit> => {
    await page.goto(path)
    await hydrated(page)
    await page.locator(`[id="${anchor}"] [data-testid="run-button"]`).click()
    const output = await firstOutputMs(page)
    return { ready: await runtimeReady(page), firstOutputMs: output }
  }

  const first = await visit()
  const returning = await visit()
  const warm = await clickToOutput(page, anchor, 5 + warmRuns)
  await context.close()

  const measured = warm.slice(5)
  const results = {
    lesson: `${path}#${anchor}`,
    first,
    returning,
    warmMs: measured.map((sample) => sample.ms),
    pythonMs: measured.map((sample) => sample.pythonMs),
  }
  const out = process.env.LOOPLAB_BENCH_OUT
  if (out) writeFileSync(out, JSON.stringify(results))
  else console.log(JSON.stringify(results, null, 2))
})
