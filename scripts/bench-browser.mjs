// The browser sandbox against docs/performance.md, in real Chromium on the production build
// (`npm run build` first): page → Python ready and → first output on a first visit and on a
// return visit (memory snapshot), click Run → output on screen with a warm runtime (p50/p95 over
// 50 runs), and the lesson route's first-load JS, gzipped.
// Usage: node scripts/bench-browser.mjs [--json] [--runs N]
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { freePort } from './free-port.mjs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const json = args.includes('--json')
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 50
const lessonRoute = '/learn/[chapter]/[lesson]'
const budget = { warmP95Ms: 50, firstVisitMs: 2500, returnVisitMs: 600, firstLoadKiB: 200 }

if (!existsSync('.next/BUILD_ID')) {
  console.error('bench-browser: needs a production build: run `npm run build` first.')
  process.exit(1)
}

/** First-load JS of a route, gzipped (level 9, as bundle analysers count it), in KiB. */
function firstLoadKiB(route) {
  const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'))
  const entry = stats.find((r) => r.route === route)
  if (!entry) throw new Error(`no ${route} in .next/diagnostics/route-bundle-stats.json`)
  const bytes = entry.firstLoadChunkPaths.reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  )
  return { gzip: bytes / 1024, raw: entry.firstLoadUncompressedJsBytes / 1024 }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

const dir = mkdtempSync(path.join(tmpdir(), 'looplab-bench-browser-'))
const out = path.join(dir, 'results.json')
const load = loadavg()[0].toFixed(2)
const port = String(await freePort())
if (!json)
  console.log(`browser bench: Chromium, production build, port ${port}, ${runs} warm runs…`)
const code = await new Promise((resolve) => {
  const child = spawn('npx', ['playwright', 'test', '-c', 'e2e/bench/playwright.config.ts'], {
    stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: {
      ...process.env,
      PORT: port,
      NEXT_TELEMETRY_DISABLED: '1',
      LOOPLAB_BENCH_OUT: out,
      LOOPLAB_BENCH_RUNS: String(runs),
    },
  })
  child.on('exit', (exitCode) => resolve(exitCode ?? 1))
})
if (code !== 0 || !existsSync(out)) {
  rmSync(dir, { recursive: true, force: true })
  console.error('bench-browser: the Playwright bench failed (see above).')
  process.exit(1)
}
const results = JSON.parse(readFileSync(out, 'utf8'))
rmSync(dir, { recursive: true, force: true })
const js = firstLoadKiB(lessonRoute)

const ok = (value, limit) => (value < limit ? '✔' : '✘')
const ms = (value) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`
const metrics = [
  {
    name: `click Run → output on screen, warm, p50 (${results.warmMs.length} runs)`,
    value: percentile(results.warmMs, 50),
    unit: 'ms',
  },
  {
    name: `click Run → output on screen, warm, p95 (${results.warmMs.length} runs)`,
    value: percentile(results.warmMs, 95),
    unit: 'ms',
    budget: `< ${budget.warmP95Ms} ms`,
    pass: percentile(results.warmMs, 95) < budget.warmP95Ms,
  },
  {
    name: '  of which Python ran the program, p50',
    value: percentile(results.pythonMs, 50),
    unit: 'ms',
  },
  {
    name: `first visit: page → Python ready (${results.first.ready.mode} boot)`,
    value: results.first.ready.ms,
    unit: 'ms',
  },
  {
    name: 'first visit: page → first output (Run clicked at hydration)',
    value: results.first.firstOutputMs,
    unit: 'ms',
    budget: `< ${budget.firstVisitMs} ms`,
    pass: results.first.firstOutputMs < budget.firstVisitMs,
  },
  {
    name: `return visit: page → Python ready (${results.returning.ready.mode} boot)`,
    value: results.returning.ready.ms,
    unit: 'ms',
  },
  {
    name: 'return visit: page → first output (Run clicked at hydration)',
    value: results.returning.firstOutputMs,
    unit: 'ms',
    budget: `< ${budget.returnVisitMs} ms`,
    pass: results.returning.firstOutputMs < budget.returnVisitMs,
  },
  {
    name: `lesson page first-load JS, gzipped (${js.raw.toFixed(0)} KiB raw)`,
    value: js.gzip,
    unit: 'KiB',
    budget: `< ${budget.firstLoadKiB} KiB`,
    pass: js.gzip < budget.firstLoadKiB,
  },
]

if (json) {
  console.log(
    JSON.stringify(
      { title: 'browser sandbox', environment: { lesson: results.lesson, load }, metrics },
      null,
      2,
    ),
  )
} else {
  const rows = metrics.map((m) => [
    m.name,
    m.unit === 'KiB' ? `${m.value.toFixed(1)} KiB` : ms(m.value),
    m.budget ? `${m.budget} ${ok(m.value, Number(m.budget.replace(/[^\d.]/g, '')))}` : '',
  ])
  const widths = [0, 1, 2].map((c) =>
    Math.max(...[['metric', 'value', 'budget'], ...rows].map((r) => r[c].length)),
  )
  const line = (row) =>
    row
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('   ')
      .trimEnd()
  console.log(
    [
      `\nbrowser sandbox (${results.lesson}; Chromium; ${cpus().length} cores, load average ${load} before)`,
      line(['metric', 'value', 'budget']),
      line(widths.map((w) => '─'.repeat(w))),
      ...rows.map(line),
      '',
      ...bootBreakdown('first visit', results.first.ready),
      ...bootBreakdown('return visit', results.returning.ready),
    ].join('\n'),
  )
}

/** Where a boot's time went inside the worker (the rest is page, hydration and worker start). */
function bootBreakdown(visit, ready) {
  if (!ready.phases) return []
  const steps = Object.entries(ready.phases).map(([phase, value]) => `${phase} ${value} ms`)
  return [`${visit} boot in the worker: ${steps.join(', ')}`]
}
