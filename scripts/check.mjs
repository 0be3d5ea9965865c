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
  // The harness and its tests (not learners' programs): Ruff's rules in ruff.json, then pyright.
  { name: 'python-lint', command: 'node scripts/lint-python.mjs' },
  // Run from the repository root: npx moves into the `runtime` workspace when started inside it,
  // where a relative -p would miss the config and pyright would check every .py under runtime/.
  {
    name: 'python-types',
    command: 'npx pyright -p runtime/python/pyrightconfig.json --warnings',
  },
]
process.exit(await runSteps('check', steps))
