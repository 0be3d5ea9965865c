// `npm run test:security`: the hostile corpus alone (`npm test` runs it too), every program down
// every path — the CLI, POST /api/grade on the production server, the browser's worker
// (security/hostile/README.md). Needs `npm run build` first (the e2e paths run on the build).
import { existsSync } from 'node:fs'
import { freePort } from './free-port.mjs'
import { runSteps } from './steps.mjs'

if (!existsSync('.next/BUILD_ID')) {
  console.error('test:security runs on the production build: run `npm run build` first.')
  process.exit(2)
}
const env = { NEXT_TELEMETRY_DISABLED: '1' }
const steps = [
  { name: 'cli', command: 'npx vitest run security/hostile', env },
  {
    name: 'http-and-browser',
    command: 'npx playwright test e2e/hostile-http.spec.ts e2e/hostile-corpus.spec.ts',
    env: { ...env, PORT: String(await freePort()) },
  },
]
process.exit(await runSteps('npm run test:security', steps))
