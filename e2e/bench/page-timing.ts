/**
 * In-page timing for the browser benchmark: everything is measured by the page's own clock
 * (performance.now(), from navigation start), so Playwright's round trips never count.
 */
import type { Page } from '@playwright/test'

export type Ready = { ms: number; mode: string; note?: string; phases?: Record<string, number> }

/** Installs, before any page script, a watch for the first run output to reach the screen. */
export async function watchFirstOutput(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { firstOutputMs: null as number | null }
    ;(window as unknown as { looplabBench: typeof state }).looplabBench = state
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="run-output"]')) return
      observer.disconnect()
      // On screen: after the next frame is painted.
      requestAnimationFrame(() => setTimeout(() => (state.firstOutputMs = performance.now()), 0))
    })
    observer.observe(document, { subtree: true, childList: true })
  })
}

export async function firstOutputMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () =>
      (window as unknown as { looplabBench: { firstOutputMs: number | null } }).looplabBench
        .firstOutputMs,
    null,
    { timeout: 180_000 },
  )
  return (await handle.jsonValue()) as number
}

/** When the page's Python was ready, and how it booted (normal, or from the memory snapshot). */
export async function runtimeReady(page: Page): Promise<Ready> {
  const handle = await page.waitForFunction(
    () => {
      const mark = performance.getEntriesByName('looplab:runtime-ready')[0] as
        PerformanceMark | undefined
      if (!mark) return null
      const detail = mark.detail as {
        mode?: string
        note?: string
        phases?: Record<string, number>
      } | null
      const { mode = 'unknown', note, phases } = detail ?? {}
      return { ms: mark.startTime, mode, note, phases }
    },
    null,
    { timeout: 180_000 },
  )
  return (await handle.jsonValue()) as Ready
}

/** Waits until the page's hydrated (the theme toggle names its theme only once React runs). */
export async function hydrated(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).waitFor()
}

/** Click Run → output on screen, `count` times, in the page; ms per run. */
export type ClickSample = { ms: number; pythonMs: number }

/** Python's own share of a run, read from the panel's "…, 2 ms of real time". */
export function pythonMs(duration: string): number {
  const match = /, (under 1 ms|([\d.]+) (ms|s)) of real time$/.exec(duration)
  if (!match) throw new Error(`unexpected duration text: ${duration}`)
  if (match[1] === 'under 1 ms') return 0.5
  return Number(match[2]) * (match[3] === 's' ? 1000 : 1)
}

export async function clickToOutput(
  page: Page,
  anchor: string,
  count: number,
): Promise<ClickSample[]> {
  const raw = await clickSamples(page, anchor, count)
  return raw.map(({ ms, duration }) => ({ ms, pythonMs: pythonMs(duration) }))
}

async function clickSamples(page: Page, anchor: string, count: number) {
  return page.evaluate(
    async ({ anchor, count }) => {
      const root = document.querySelector(`[id="${anchor}"] [data-sandbox]`)!
      const button = root.querySelector<HTMLButtonElement>('[data-testid="run-button"]')!
      const samples: { ms: number; duration: string }[] = []
      for (let i = 0; i < count; i++) {
        const before = root.querySelector('[data-testid="run-output"]')?.getAttribute('data-run')
        const started = performance.now()
        button.click()
        await new Promise<void>((resolve) => {
          const done = () => {
            const output = root.querySelector('[data-testid="run-output"]')
            return (
              output !== null &&
              output.getAttribute('data-run') !== before &&
              root.getAttribute('data-run-phase') === 'idle'
            )
          }
          const observer = new MutationObserver(() => {
            if (!done()) return
            observer.disconnect()
            resolve()
          })
          observer.observe(root, { subtree: true, childList: true, attributes: true })
        })
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
        const ms = performance.now() - started
        const duration = root.querySelector('[data-testid="run-duration"]')?.textContent ?? ''
        samples.push({ ms, duration })
        await new Promise((settle) => setTimeout(settle, 20))
      }
      return samples
    },
    { anchor, count },
  )
}
