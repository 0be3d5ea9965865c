/**
 * Which Chromium the e2e suite drives: $LOOPLAB_CHROMIUM if set, else Playwright's own build when
 * `npx playwright install chromium` put one here, else the system's `chromium` on PATH (Debian's
 * package, Homebrew's, …). Machines that cannot download Playwright's browser still run the suite.
 */
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'
import path from 'node:path'

const systemNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

export function chromiumExecutable(): string | undefined {
  const override = process.env.LOOPLAB_CHROMIUM
  if (override) return override
  if (existsSync(chromium.executablePath())) return undefined // Playwright's own: it knows the path
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  for (const name of systemNames) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name)
      if (existsSync(candidate)) return candidate
    }
  }
  throw new Error(
    'No Chromium found for the e2e tests: run `npx playwright install chromium`, install your ' +
      "system's chromium, or set LOOPLAB_CHROMIUM=/path/to/chrome (see README → Prerequisites).",
  )
}

/** Flags that keep a system Chromium quiet and working in containers and offline CI. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
