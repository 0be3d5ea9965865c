// Grading throughput through the CLI batch (`looplab grade EXERCISE DIR`): for a few exercises,
// a folder of submissions (the solution, the starter and every known wrong answer, repeated) is
// graded on 2 Pyodide engines; the table shows grades/s and per-grade latency (engines started).
// Usage: node runtime/scripts/grade-bench.mjs [--json] [--copies N] [--jobs N]
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const runtimeRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const content = join(runtimeRoot, '..', 'content')
const bin = join(runtimeRoot, 'bin', 'looplab.mjs')
// One exercise per kind of check: output and time only, several probes, a probe that watches calls.
const exercises = ['download-all-at-once', 'retry-with-patience', 'polite-downloader']

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    copies: { type: 'string', default: '12' },
    jobs: { type: 'string', default: '2' },
  },
})

function findExercise(id) {
  for (const chapter of readdirSync(content)) {
    const chapterDir = join(content, chapter)
    if (!/^\d+-/.test(chapter)) continue
    for (const lesson of readdirSync(chapterDir)) {
      const dir = join(chapterDir, lesson, 'exercises', id)
      try {
        readdirSync(dir)
        return dir
      } catch {
        // not in this lesson
      }
    }
  }
  throw new Error(`no exercise ${id}`)
}

function submissions(id, copies) {
  const dir = findExercise(id)
  const folder = mkdtempSync(join(tmpdir(), `looplab-grade-bench-${id}-`))
  const sources = [
    'solution.py',
    'starter.py',
    ...readdirSync(join(dir, 'wrong'))
      .filter((f) => f.endsWith('.py'))
      .map((f) => `wrong/${f}`),
  ]
  for (let copy = 0; copy < copies; copy++) {
    for (const source of sources) {
      cpSync(join(dir, source), join(folder, `${copy}-${source.replace('/', '-')}`))
    }
  }
  return folder
}

const rows = []
for (const id of exercises) {
  const folder = submissions(id, Number(values.copies))
  const started = performance.now()
  const done = spawnSync(process.execPath, [bin, 'grade', id, folder, '--jobs', values.jobs], {
    encoding: 'utf8',
  })
  const wallMs = performance.now() - started
  if (done.status !== 0) {
    process.stderr.write(done.stderr)
    process.exit(1)
  }
  const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8'))
  rmSync(folder, { recursive: true, force: true })
  rows.push({
    exercise: id,
    graded: summary.graded,
    gradesPerSecond: summary.gradesPerSecond,
    p50Ms: summary.latencyMs.p50,
    p95Ms: summary.latencyMs.p95,
    bootMs: summary.bootMs,
    commandMs: Math.round(wallMs),
  })
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ title: 'grading (CLI batch)', jobs: Number(values.jobs), rows }, null, 2)}\n`,
  )
} else {
  const header = [
    'exercise',
    'graded',
    'grades/s',
    'p50 ms',
    'p95 ms',
    'engines start ms',
    'command ms',
  ]
  const table = rows.map((r) =>
    [r.exercise, r.graded, r.gradesPerSecond, r.p50Ms, r.p95Ms, r.bootMs, r.commandMs].map(String),
  )
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
  const line = (cells) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')
  process.stdout.write(
    `grading through \`looplab grade EXERCISE DIR --jobs ${values.jobs}\` (Pyodide)\n`,
  )
  process.stdout.write(`${[line(header), ...table.map(line)].join('\n')}\n`)
}
