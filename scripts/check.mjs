// `npm run check`: types, lint, format — exactly what CI runs; never --fix.
import { runSteps } from './steps.mjs'

const steps = [
  // A fresh clone has no .next/types yet; typed routes need them before tsc.
  { name: 'typegen', command: 'npx next typegen' },
  // The app imports the runtime as a package: its entry points and their declarations.
  { name: 'runtime', command: 'node runtime/scripts/build.mjs --package' },
  { name: 'types', command: 'npx tsc --noEmit -p tsconfig.json', needs: ['typegen', 'runtime'] },
  { name: 'lint', command: 'npx eslint . --max-warnings 0' },
  { name: 'format', command: 'npx prettier --check .' },
  { name: 'lockfile', command: 'node scripts/check-lockfile.mjs' },
  { name: 'python', command: 'python3 -m compileall -q runtime/python content' },
]
process.exit(await runSteps('check', steps))
