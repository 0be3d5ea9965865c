import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable, chromiumFlags } from './e2e/support/chromium'
import { ensureSharedSecret, sharedSecretName } from './security/hostile/observers'

// `npm test` passes a free PORT; alone, `npx playwright test` uses this one.
const port = Number(process.env.PORT ?? 3217)
const baseURL = `http://127.0.0.1:${port}`
// A secret the server (and the browser) has and no answer may show (e2e/hostile-*.spec.ts): made
// once per run here, kept in process.env so the test workers, which evaluate this file again,
// read the same value instead of making another.
const hostileSecret = ensureSharedSecret(process.env)

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: chromiumExecutable(), args: chromiumFlags },
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { baseURL, trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', use: browser, testIgnore: /readme-screenshot/ },
    // Refreshes the README screenshot: LOOPLAB_SCREENSHOT=1 npx playwright test --project=screenshot
    ...(process.env.LOOPLAB_SCREENSHOT
      ? [{ name: 'screenshot', use: browser, testMatch: /readme-screenshot\.spec\.ts/ }]
      : []),
  ],
  // The production build (`next build` runs before this, never inside Playwright).
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${port}`,
    url: baseURL,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // A throwaway in-memory database, apart from a developer's .data/pglite and from other runs.
    env: {
      LOOPLAB_DATA_DIR: process.env.LOOPLAB_DATA_DIR ?? ':memory:',
      [sharedSecretName]: hostileSecret,
    },
  },
})
