// `npm run bench`: every benchmark of docs/performance.md, one after the other. Performance targets live
// here, never in timed unit tests. Arguments (e.g. --json) are passed to each bench.
// Other issues append their benches (browser page → first output, grading throughput) below.
import { runSteps } from './steps.mjs'

const args = process.argv.slice(2).join(' ')
const steps = [
  { name: 'runtime', command: `node runtime/bin/looplab.mjs bench ${args}`.trim() },
  // Grades/s and latency through the CLI batch (`looplab grade EXERCISE DIR`).
  { name: 'grading-cli', command: `node runtime/scripts/grade-bench.mjs ${args}`.trim() },
  // Needs a production build (npm run build): grades/s and latency through POST /api/grade.
  { name: 'grading', command: `node scripts/bench-grading.mjs ${args}`.trim() },
  // Needs a production build: 20 learners for 60 s mixing hostile programs with real submissions;
  // fails on any 5xx, lost or duplicated row, hostile pass or solution not passing.
  {
    name: 'load',
    command: `node scripts/load-grade.mjs --clients 20 --seconds 60 ${args}`.trim(),
  },
  // Needs a production build: the browser sandbox (page → first output, click → output, first-load JS).
  { name: 'browser', command: `node scripts/bench-browser.mjs ${args}`.trim() },
]
process.exit(await runSteps('npm run bench', steps))
