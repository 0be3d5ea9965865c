/**
 * /playground: any program with everything an example has — Stop for a runaway loop, deadlock
 * explained, the timeline with a lane per task, replay in real time, traceback links — and code
 * shared through the URL, which never runs until the reader clicks Run.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { expectAccessible, themes } from './support/axe'
import { reviewScreenshots } from './support/review'
import {
  editorText,
  outputLines,
  playgroundSandbox,
  run,
  setCode,
  waitForPython,
} from './support/sandbox'

test.describe.configure({ timeout: 180_000 })

async function playgroundWith(page: Page, code: string) {
  await page.goto('/playground')
  const sandbox = playgroundSandbox(page)
  await setCode(sandbox, code)
  return sandbox
}

test('the site nav leads to the playground; a gather of three tasks draws three lanes plus main; axe', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Playground' })
    .click()
  await expect(page).toHaveURL(/\/playground$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground')
  const sandbox = playgroundSandbox(page)
  const output = await run(sandbox) // the starter: gather(brew × 3)
  expect(await outputLines(sandbox)).toContain('served: coffee, tea, cocoa')
  const lanes = output.getByTestId('timeline-lane')
  await expect(lanes).toHaveCount(4)
  expect(
    await lanes.evaluateAll((all) => all.map((lane) => lane.getAttribute('data-title'))),
  ).toEqual(['main()', 'brew()', 'brew()', 'brew()'])
  // Each brew waits on its own sleep; main waits on the gather.
  const chart = output.getByTestId('timeline-chart')
  for (const label of ['gather(3)', 'sleep(3)', 'sleep(2)', 'sleep(1)']) {
    await expect(chart.getByText(label, { exact: true })).toBeVisible()
  }
  // Focus or hover shows an item's details.
  await chart.locator('[data-kind="waiting"]').nth(1).hover()
  await expect(output.getByTestId('timeline-tooltip')).toContainText('waits for sleep(3)')
  // The table alternative lists the same run in words.
  await output.getByRole('button', { name: 'Table' }).click()
  await expect(output.getByTestId('timeline-table')).toContainText('waits for gather(3)')
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true)

  // With a run's output and its timeline on screen, as a table and as a chart: axe in both
  // themes, then photos for review.
  for (const theme of themes) {
    await expectAccessible(page, testInfo, { theme, state: 'after a run, timeline as a table' })
  }
  await output.getByRole('button', { name: 'Chart' }).click()
  for (const theme of themes) {
    await expectAccessible(page, testInfo, { theme, state: 'after a run, timeline as a chart' })
  }
  await reviewScreenshots(page, testInfo, 'playground')
})

test('Stop ends `while True: pass` within a second, and the next run works', async ({ page }) => {
  const sandbox = await playgroundWith(page, 'print("spinning")\nwhile True:\n    pass')
  await waitForPython(page)
  await sandbox.getByTestId('run-button').click()
  await expect(sandbox).toHaveAttribute('data-run-phase', 'running')
  await expect(sandbox.getByTestId('runtime-status')).toHaveText('Running…')
  // Timed in the page, from the click to the result on screen (Playwright's own round trips on
  // a busy machine are not the product's latency).
  const latency = await sandbox.evaluate(async (root) => {
    const stop = root.querySelector<HTMLButtonElement>('[data-testid="stop-button"]')!
    const stopped = () =>
      root.querySelector('[data-testid="run-status"][data-status="interrupted"]')
    const started = performance.now()
    stop.click()
    await new Promise<void>((resolve) => {
      if (stopped()) return resolve()
      const observer = new MutationObserver(() => {
        if (!stopped()) return
        observer.disconnect()
        resolve()
      })
      observer.observe(root, { subtree: true, childList: true, attributes: true })
    })
    return performance.now() - started
  })
  expect(latency).toBeLessThan(1000)
  await expect(sandbox.getByTestId('runtime-note')).toContainText('interrupted')
  // Stopped in place by KeyboardInterrupt (the page is cross-origin isolated), not by force.
  await expect(sandbox.getByTestId('runtime-note')).not.toContainText('by force')
  await expect(sandbox.locator('[data-stream="stderr"]').last()).toContainText('KeyboardInterrupt')
  await setCode(sandbox, 'print("still alive")')
  await run(sandbox)
  expect(await outputLines(sandbox)).toEqual(['still alive'])
})

test('a deadlock stops at once and says which task waits where', async ({ page }) => {
  const sandbox = await playgroundWith(
    page,
    [
      'import asyncio',
      '',
      'async def main():',
      '    queue = asyncio.Queue()',
      '    print("waiting for an item")',
      '    await queue.get()',
      '',
      'asyncio.run(main())',
    ].join('\n'),
  )
  const output = await run(sandbox)
  await expect(output.getByTestId('run-status')).toHaveText('Deadlock · exit code 1')
  const note = output.getByTestId('runtime-note')
  await expect(note).toContainText('Deadlock: no task can ever wake up')
  await expect(note).toContainText('waits for Queue.get()')
  // "line 6 of main.py" is a link to the line.
  await note.getByRole('button', { name: /line 6/ }).click()
  await expect(sandbox.locator('.cm-activeLine')).toHaveText('    await queue.get()')
  // The timeline shows main still waiting when the run ended.
  await expect(output.locator('[data-kind="waiting"]').first()).toHaveAttribute(
    'aria-label',
    /waits for Queue\.get\(\) at line 6.*still waiting when the run ends/,
  )
})

test('a traceback line links to the line in the editor', async ({ page }) => {
  const sandbox = await playgroundWith(
    page,
    'def check(n):\n    raise ValueError(f"bad {n}")\n\ncheck(3)',
  )
  const output = await run(sandbox)
  await expect(output.getByTestId('run-status')).toHaveAttribute('data-status', 'error')
  await expect(output.locator('[data-stream="stderr"]').last()).toContainText('ValueError: bad 3')
  await output.getByRole('button', { name: /File "main\.py", line 2/ }).click()
  await expect(sandbox.locator('.cm-content')).toBeFocused()
  await expect(sandbox.locator('.cm-activeLine')).toHaveText('    raise ValueError(f"bad {n}")')
  await expect(sandbox.locator('.cm-flag-error')).toHaveText('    raise ValueError(f"bad {n}")')
})

test('Replay shows each line at its virtual time, in real time, with skip', async ({ page }) => {
  const sandbox = await playgroundWith(
    page,
    [
      'import asyncio',
      '',
      'async def main():',
      '    for i in range(4):',
      '        print(f"tick {i}")',
      '        await asyncio.sleep(0.4)',
      '',
      'asyncio.run(main())',
    ].join('\n'),
  )
  const output = await run(sandbox)
  // Instantly: all four lines, stamped with their virtual times.
  expect(await outputLines(sandbox)).toEqual(['tick 0', 'tick 1', 'tick 2', 'tick 3'])

  await output.getByTestId('console').evaluate((log) => {
    const seen: { text: string; t: number; at: number }[] = []
    ;(window as unknown as { seen: typeof seen }).seen = seen
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement) || node.dataset.testid !== 'output-line') continue
          seen.push({
            text: node.lastElementChild?.textContent ?? '',
            t: Number(node.dataset.t),
            at: performance.now(),
          })
        }
      }
    }).observe(log, { childList: true })
  })
  const replay = output.getByTestId('replay-button')
  // Clicked in the page, so the start time is the page's own.
  const started = await replay.evaluate((button) => {
    const at = performance.now()
    ;(button as HTMLButtonElement).click()
    return at
  })
  await expect(replay).toHaveText('Show all now')
  await expect(output.getByTestId('timeline-playhead')).toBeVisible()
  await expect(replay).toHaveText('Replay in real time', { timeout: 10_000 })
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { text: string; t: number; at: number }[] }).seen,
  )
  expect(seen.map((line) => line.text)).toEqual(['tick 0', 'tick 1', 'tick 2', 'tick 3'])
  // Each line appears at its virtual time after the start — never early; a stalled frame on a
  // busy machine may make one late, so lateness is bounded loosely.
  for (const [index, line] of seen.entries()) {
    const due = line.t * 1000
    const shown = line.at - started
    expect(line.t).toBeCloseTo(index * 0.4, 2)
    expect(shown, `"${line.text}" shown after ${shown} ms, due at ${due}`).toBeGreaterThanOrEqual(
      due - 20,
    )
    expect(shown).toBeLessThan(due + 1500)
    if (index > 0) expect(line.at).toBeGreaterThanOrEqual(seen[index - 1]!.at)
  }
  // Spread over real time, not shown at once.
  expect(seen.at(-1)!.at - seen[0]!.at).toBeGreaterThan(600)

  // Skip: everything at once.
  await replay.click()
  await replay.click()
  await expect(replay).toHaveText('Replay in real time')
  expect(await outputLines(sandbox)).toEqual(['tick 0', 'tick 1', 'tick 2', 'tick 3'])
})

const shared =
  'import asyncio\n\nasync def main():\n    print("from a shared link")\n\nasyncio.run(main())'

test('a share link round-trips the code and never runs it by itself', async ({ page, browser }) => {
  const sandbox = await playgroundWith(page, shared)
  await sandbox.getByRole('button', { name: 'Share' }).click()
  const link = await sandbox.getByTestId('share-link').inputValue()
  expect(link).toMatch(/\/playground#code=z[\w-]+$/)

  const context = await browser.newContext()
  const reader = await context.newPage()
  await reader.goto(link)
  const other = playgroundSandbox(reader)
  await expect(other.getByTestId('shared-notice')).toContainText('It has not run')
  await expect.poll(() => editorText(other)).toBe(shared)
  // Python loads (on idle), but nothing runs until the reader asks.
  await waitForPython(reader)
  await reader.waitForTimeout(1000)
  await expect(other.getByTestId('run-output')).toHaveCount(0)
  await expect(other).toHaveAttribute('data-run-phase', 'idle')
  let workersStarted = 0
  reader.on('worker', () => workersStarted++)
  await run(other)
  expect(await outputLines(other)).toEqual(['from a shared link'])
  // The worker that ran someone else's code is replaced: nothing it did outlives the run.
  await expect.poll(() => workersStarted).toBe(1)
  await context.close()
})

test('a damaged share link is explained and the reader’s own code is kept', async ({ page }) => {
  const sandbox = await playgroundWith(page, 'print("my own code")')
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith('playground'))),
    )
    .toBe(true)
  await page.goto('/playground#code=zAAAA__not-deflate')
  await page.reload()
  await expect(sandbox.getByTestId('shared-notice')).toContainText('damaged')
  await expect.poll(() => editorText(sandbox)).toBe('print("my own code")')
})

test('Back to your own code leaves a shared program; editing it keeps the earlier code aside', async ({
  page,
}) => {
  const sandbox = await playgroundWith(page, 'print("mine")')
  await sandbox.getByRole('button', { name: 'Share' }).click()
  const mine = await sandbox.getByTestId('share-link').inputValue()
  await setCode(sandbox, 'print("mine, edited")')
  await page.waitForTimeout(500) // saved

  await page.goto(mine)
  await page.reload()
  await expect.poll(() => editorText(sandbox)).toBe('print("mine")')
  await sandbox.getByRole('button', { name: 'Back to your own code' }).click()
  await expect.poll(() => editorText(sandbox)).toBe('print("mine, edited")')
  await expect(page).toHaveURL(/\/playground$/)

  await page.goto(mine)
  await page.reload()
  await expect.poll(() => editorText(sandbox)).toBe('print("mine")')
  await sandbox.locator('.cm-content').click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.insertText('\nprint("adopted")')
  await expect(sandbox.getByTestId('shared-notice')).toContainText('earlier code was kept')
  await expect(page).toHaveURL(/\/playground$/)
  await sandbox.getByRole('button', { name: 'Restore your earlier code' }).click()
  await expect.poll(() => editorText(sandbox)).toBe('print("mine, edited")')
})
