/**
 * Accessibility with axe-core (@axe-core/playwright) on the page as it stands, in one theme: any
 * serious or critical violation fails the test, listed with the elements it was found on. Every
 * scan's results (minor and moderate ones too) go to test-results/axe/, one JSON file per test,
 * for review; colour contrast is one of the rules, so a scan in each theme checks each palette.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page, TestInfo } from '@playwright/test'
import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { expect } from './fixtures'

export type Theme = 'light' | 'dark'
export const themes: readonly Theme[] = ['light', 'dark']

/** Shows the page in `theme` the way a reader's system setting does, and waits until it applies. */
export async function showTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme })
  if (page.url() === 'about:blank') return // the next page opens in it
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
}

type Finding = { rule: string; impact: string; help: string; targets: string[] }

export type ScanOptions = {
  theme: Theme
  /** What the page shows at the time ("before any run", "after every run"), for the record. */
  state?: string
  /** Only these rules (e.g. ['color-contrast'] for the second theme of a state already scanned). */
  rules?: string[]
  /** Only the elements this selector matches (else the whole page). */
  include?: string
}

const failing = new Set(['serious', 'critical'])

/** Scans the page in `theme` and expects no serious or critical violation. */
export async function expectAccessible(
  page: Page,
  testInfo: TestInfo,
  { theme, state = '', rules, include }: ScanOptions,
): Promise<void> {
  await showTheme(page, theme)
  // Legacy mode runs axe in the page itself. The default mode opens a blank page for every scan
  // to merge the results of cross-origin frames, which doubled a scan's time here; the site has
  // no frames to merge (Python runs in a Worker; the workspace's WebContainer frame never loads
  // in tests, which are offline).
  let builder = new AxeBuilder({ page }).setLegacyMode(true)
  if (rules) builder = builder.withRules(rules)
  if (include) builder = builder.include(include)
  const results = await builder.analyze()
  const findings: Finding[] = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
  const route = new URL(page.url()).pathname
  await record(testInfo, { route, theme, state, rules: rules ?? 'all', include, findings })
  const serious = findings
    .filter((finding) => failing.has(finding.impact))
    .map(
      (finding) =>
        `${finding.impact} ${finding.rule} (${finding.help}) on ${finding.targets.slice(0, 5).join(', ')}` +
        (finding.targets.length > 5 ? ` and ${finding.targets.length - 5} more` : ''),
    )
  // Soft: the test goes on, so one run reports every scan's findings.
  expect.soft(serious, `axe on ${route} in the ${theme} theme ${state}`.trim()).toEqual([])
}

async function record(testInfo: TestInfo, scan: Record<string, unknown>): Promise<void> {
  const folder = path.join(testInfo.project.outputDir, 'axe')
  await mkdir(folder, { recursive: true })
  const name = `${testInfo.titlePath.slice(1).join(' ')}`.replace(/[^\w-]+/g, '-').slice(0, 150)
  await appendFile(path.join(folder, `${name}.jsonl`), `${JSON.stringify(scan)}\n`)
}
