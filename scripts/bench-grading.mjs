// Grading throughput through HTTP (docs/performance.md: at least 50 grades/s, p95 under 300 ms on 2 cores).
// Starts the production server (`npm run build` first) on a free localhost port with a fresh
// embedded database, warms it, then POSTs real submissions — solutions, starters and known wrong
// answers of every exercise — to /api/grade at a bounded concurrency, and reports grades/s and
// latency percentiles. Each request is graded in the sandboxed pool and stored, as in production.
// The per-client rate limit is lifted for the run (every request comes from one address).
// Usage: node scripts/bench-grading.mjs [--json] [--requests N] [--concurrency C]
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { percentile, requireBuild, startServer } from './grading-server.mjs'
import { cpuSeconds } from './proc.mjs'
import { courseSubmissions } from './submissions.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const json = args.includes('--json')
const requests = option('--requests', 600)
const concurrency = option('--concurrency', 8)
const budget = { gradesPerSecond: 50, p95Ms: 300 }

requireBuild('bench-grading')

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'looplab-bench-'))
  let server = null
  try {
    server = await startServer({
      env: {
        LOOPLAB_DATA_DIR: dataDir,
        LOOPLAB_GRADE_BURST: '1000000000',
        LOOPLAB_GRADE_RATE: '1000000000',
      },
    })
    const base = server.base
    const mix = courseSubmissions()
    const grade = async (body) => {
      const started = performance.now()
      const response = await fetch(`${base}/api/grade`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ exercise: body.exercise, code: body.code }),
      })
      const answer = await response.json()
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(answer)}`)
      return { ms: performance.now() - started, status: answer.status }
    }
    // Warm-up: pool start, snapshot, database creation, first compile of each path.
    const warmStart = performance.now()
    await grade(mix[0])
    const firstMs = performance.now() - warmStart
    for (const body of mix.slice(0, 2 * concurrency)) await grade(body)

    const run = async (count, parallel) => {
      const latencies = []
      const statuses = {}
      let next = 0
      const started = performance.now()
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          while (next < count) {
            const body = mix[next++ % mix.length]
            const { ms, status } = await grade(body)
            latencies.push(ms)
            statuses[status] = (statuses[status] ?? 0) + 1
          }
        }),
      )
      const seconds = (performance.now() - started) / 1000
      latencies.sort((a, b) => a - b)
      return {
        requests: count,
        concurrency: parallel,
        gradesPerSecond: count / seconds,
        p50Ms: percentile(latencies, 0.5),
        p95Ms: percentile(latencies, 0.95),
        p99Ms: percentile(latencies, 0.99),
        statuses,
      }
    }
    const serial = await run(Math.min(100, requests), 1)
    const before = cpuSeconds(server.pid)
    const loaded = await run(requests, concurrency)
    const after = cpuSeconds(server.pid)
    // Grader CPU counts live processes only: a replaced one would take its share with it.
    if (before && after) {
      loaded.cpuMsPerGrade = {
        server: ((after.server - before.server) * 1000) / requests,
        graders:
          after.graders === null ? null : ((after.graders - before.graders) * 1000) / requests,
      }
    }
    const report = {
      cores: cpus().length,
      loadAverage: loadavg()[0],
      firstRequestMs: firstMs,
      submissions: mix.length,
      serial,
      loaded,
      budget,
      withinBudget: loaded.gradesPerSecond >= budget.gradesPerSecond && loaded.p95Ms < budget.p95Ms,
    }
    if (json) console.log(JSON.stringify(report, null, 2))
    else print(report)
  } finally {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function print(report) {
  const f = (n) => n.toFixed(1).padStart(7)
  const storage = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'
  console.log(`Grading over HTTP (POST /api/grade, graded in the pool and stored; ${storage})`)
  console.log(
    `${report.cores} cores, load ${report.loadAverage.toFixed(2)}; ${report.submissions} distinct submissions; first request (cold) ${report.firstRequestMs.toFixed(0)} ms`,
  )
  console.log('concurrency  requests  grades/s   p50 ms   p95 ms   p99 ms')
  for (const row of [report.serial, report.loaded]) {
    console.log(
      `${String(row.concurrency).padStart(11)}  ${String(row.requests).padStart(8)}  ${f(row.gradesPerSecond)}  ${f(row.p50Ms)}  ${f(row.p95Ms)}  ${f(row.p99Ms)}`,
    )
  }
  const cpu = report.loaded.cpuMsPerGrade
  if (cpu) {
    const graders = cpu.graders === null ? '?' : cpu.graders.toFixed(1)
    console.log(`CPU per grade: web server ${cpu.server.toFixed(1)} ms, graders ${graders} ms`)
  }
  const mark = report.withinBudget ? '✔' : '✘'
  console.log(
    `${mark} budget: ≥ ${report.budget.gradesPerSecond} grades/s and p95 < ${report.budget.p95Ms} ms at concurrency ${report.loaded.concurrency}`,
  )
}

await main()
