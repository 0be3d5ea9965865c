// `npm test`: everything CI proves, in order, ending with one summary line.
import { freePort } from './free-port.mjs'
import { runSteps } from './steps.mjs'

const port = String(await freePort())
const env = { NEXT_TELEMETRY_DISABLED: '1' }
const steps = [
  { name: 'check', command: 'node scripts/check.mjs', env },
  // What the site serves from public/ (Pyodide, the runtime's workers, the memory snapshot): the
  // workspace contract test mounts those very files. `npm run build` reuses them.
  { name: 'assets', command: 'node runtime/scripts/build.mjs --site', env },
  { name: 'unit', command: 'npx vitest run', env },
  {
    name: 'harness',
    command: 'python3 -m unittest discover -s runtime/python/tests -t runtime/python',
    env,
  },
  { name: 'verify', command: 'npx looplab verify', env },
  { name: 'build', command: 'npm run build', env },
  { name: 'e2e', command: 'npx playwright test', env: { ...env, PORT: port }, needs: ['build'] },
  // The grading API under hostile load, 15 s (npm run bench runs it for 60 s).
  {
    name: 'load',
    command: 'node scripts/load-grade.mjs --clients 20 --seconds 15',
    env,
    needs: ['build'],
  },
]
process.exit(await runSteps('npm test', steps))
