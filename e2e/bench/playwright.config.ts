import { defineConfig, devices } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { chromiumExecutable, chromiumFlags } from '../support/chromium'

// The browser benchmark (`node scripts/bench-browser.mjs`, part of `npm run bench`): one worker,
// so nothing else competes for the 2 cores while it measures; the production build.
const port = Number(process.env.PORT ?? 3218)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: '.',
  testMatch: /\.bench\.ts$/,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: 'line',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumFlags },
  },
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${port}`,
    // The repository root (Playwright would start it beside this config file).
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: baseURL,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
