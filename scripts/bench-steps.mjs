// The benches `npm run bench` runs, and how each one's --json output becomes figures
// (bench-figures.mjs). A step runs `reps` times unless it repeats itself (own: true); a figure taken
// from several runs is the median of them, with the load average before each run.
import { figure } from './bench-figures.mjs'

/** Every run of a step ({ load, ms, output: its --json }) → figures. */
function perRun(runs, pick) {
  const rows = new Map()
  for (const run of runs) {
    for (const { value, ...row } of pick(run.output, run)) {
      const seen = rows.get(row.id) ?? { ...row, samples: [], loads: [] }
      seen.samples.push(value)
      seen.loads.push(run.load)
      rows.set(row.id, seen)
    }
  }
  return [...rows.values()].map(({ boot, ...row }) => ({
    ...figure(row),
    ...(boot ? { boot } : {}),
  }))
}

// Budgets are docs/performance.md's.
const browserBudgets = [
  {
    match: /^click Run → output on screen, warm, p95/,
    id: 'browser-click-p95',
    budget: { op: '<', value: 50 },
  },
  { match: /^click Run → output on screen, warm, p50/, id: 'browser-click-p50' },
  { match: /^ *of which Python ran/, id: 'browser-click-python-p50' },
  { match: /^first visit: page → Python ready/, id: 'browser-first-ready', boot: true },
  {
    match: /^first visit: page → first output/,
    id: 'browser-first-output',
    boot: true,
    budget: { op: '<', value: 2000 },
  },
  { match: /^return visit: page → Python ready/, id: 'browser-return-ready', boot: true },
  {
    match: /^return visit: page → first output/,
    id: 'browser-return-output',
    boot: true,
    budget: { op: '<', value: 600 },
  },
  {
    match: /^lesson page first-load JS/,
    id: 'browser-first-load-js',
    budget: { op: '<', value: 200 },
  },
]

const needsBuild = 'a production build (npm run build)'

export function benchSteps(reps) {
  return [
    {
      name: 'runtime',
      command: `node scripts/bench-runtime.mjs --json --reps ${reps}`,
      own: true,
      figures: (runs) => runs[0].output.figures,
    },
    {
      name: 'runtime-engine',
      command: 'node runtime/bin/looplab.mjs bench --json --boots 1 --runs 100',
      figures: (runs) =>
        perRun(runs, (output) =>
          output.metrics.map((m) => ({
            id: `engine-${m.name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`,
            name: `pyodide-node engine: ${m.name}`,
            unit: m.unit === '×' ? 'ratio' : m.unit,
            value: m.value,
            boot: /boot/.test(m.name),
          })),
        ),
    },
    {
      name: 'verify',
      command: 'node runtime/bin/looplab.mjs verify --json',
      figures: (runs) =>
        perRun(runs, (_output, run) => [
          {
            id: 'verify-course',
            name: '`looplab verify` over the whole course, wall time',
            unit: 'ms',
            value: run.ms,
            budget: { op: '<', value: 30_000 },
          },
        ]),
    },
    {
      name: 'grading-cli',
      command: 'node runtime/scripts/grade-bench.mjs --json',
      figures: (runs) =>
        perRun(runs, (output) =>
          output.rows.flatMap((row) => [
            {
              id: `grade-cli-${row.exercise}-rate`,
              name: `\`looplab grade\` ${row.exercise}: grades/s`,
              unit: 'grades/s',
              value: row.gradesPerSecond,
            },
            {
              id: `grade-cli-${row.exercise}-p95`,
              name: `\`looplab grade\` ${row.exercise}: p95 per grade`,
              unit: 'ms',
              value: row.p95Ms,
            },
          ]),
        ),
    },
    {
      name: 'grading',
      command: 'node scripts/bench-grading.mjs --json',
      needs: needsBuild,
      figures: (runs) =>
        perRun(runs, (output) => [
          {
            id: 'grade-http-rate',
            name: 'POST /api/grade: grades/s',
            unit: 'grades/s',
            value: output.loaded.gradesPerSecond,
            budget: { op: '>=', value: 50 },
          },
          {
            id: 'grade-http-p95',
            name: 'POST /api/grade: p95 per grade',
            unit: 'ms',
            value: output.loaded.p95Ms,
            budget: { op: '<', value: 300 },
          },
        ]),
    },
    {
      name: 'load',
      command: 'node scripts/load-grade.mjs --clients 20 --seconds 60 --json',
      needs: needsBuild,
      figures: (runs) =>
        perRun(runs, (output) => [
          {
            id: 'load-failures',
            name: '20 learners grading at once for 60 s: failures (5xx, lost rows…)',
            unit: 'failures',
            value: output.failures.length,
            budget: { op: '<=', value: 0 },
          },
        ]),
    },
    {
      name: 'browser',
      command: 'node scripts/bench-browser.mjs --json',
      needs: needsBuild,
      figures: (runs) =>
        perRun(runs, (output) =>
          output.metrics.flatMap((m) => {
            const known = browserBudgets.find((b) => b.match.test(m.name))
            if (!known) return []
            return [
              {
                id: known.id,
                name: m.name.trim(),
                unit: m.unit,
                value: m.value,
                boot: known.boot,
                budget: known.budget,
              },
            ]
          }),
        ),
    },
  ]
}
