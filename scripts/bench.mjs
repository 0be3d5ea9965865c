// `npm run bench`: every benchmark of docs/performance.md, one after the other, into one report,
// bench/report.md and bench/report.json (bench-report.mjs). Performance targets live here, never in
// timed unit tests. Each step runs --reps times (default 3) with the load average taken before each
// run; a step that needs a production build is skipped, and says so, when there is none.
// Usage: npm run bench [-- --reps N] [--only runtime,browser,…]
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadNow } from './bench-figures.mjs'
import { previousReport, withCarriedFigures, writeReport } from './bench-report.mjs'
import { benchSteps } from './bench-steps.mjs'

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '3' }, only: { type: 'string' } },
})
const reps = Number(values.reps)
if (!Number.isInteger(reps) || reps < 1) {
  console.error('bench: --reps needs a positive integer')
  process.exit(2)
}
const root = resolve(import.meta.dirname, '..')
const only = values.only?.split(',')
const steps = benchSteps(reps).filter((step) => !only || only.includes(step.name))
const given = process.argv.slice(2)
const command = given.length ? `npm run bench -- ${given.join(' ')}` : 'npm run bench'

/** One run of a step: its --json stdout parsed, and its wall time; stderr streams through. */
function runOnce(step) {
  return new Promise((done) => {
    const started = performance.now()
    const child = spawn(step.command, {
      shell: true,
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('exit', (code) => {
      const ms = performance.now() - started
      if (code !== 0) return done({ error: `exit ${code}` })
      try {
        done({ ms, output: JSON.parse(stdout) })
      } catch {
        done({ error: `printed no JSON report: ${stdout.slice(-300)}` })
      }
    })
  })
}

const outcomes = []
const figures = []
for (const step of steps) {
  const record = { name: step.name, command: step.command }
  if (step.needs && !existsSync(join(root, '.next', 'BUILD_ID'))) {
    outcomes.push({ ...record, status: 'skipped', reason: `needs ${step.needs}` })
    console.error(`\n▶ ${step.name}: skipped (needs ${step.needs})`)
    continue
  }
  const runs = []
  let failure = null
  for (let rep = 0; rep < (step.own ? 1 : reps) && !failure; rep++) {
    const load = loadNow()
    console.error(
      `\n▶ ${step.name} ${rep + 1}/${step.own ? 1 : reps} (load ${load}): ${step.command}`,
    )
    const run = await runOnce(step)
    if (run.error) failure = run.error
    else runs.push({ load, ...run })
  }
  if (failure) {
    outcomes.push({ ...record, status: 'failed', reason: failure })
    continue
  }
  figures.push(...step.figures(runs))
  outcomes.push({ ...record, status: 'measured' })
}

const folder = join(root, 'bench')
// A partial run keeps the figures it did not measure from the last report, marked as such.
const whole = only
  ? withCarriedFigures(previousReport(folder), { steps: outcomes, figures })
  : { steps: outcomes, figures }
const { report, markdown } = await writeReport({ command, reps, ...whole }, folder)
process.stdout.write(`\n${markdown}`)
const missed = report.figures.filter((f) => f.pass === false && !f.carried).length
const notRun = outcomes.filter((o) => o.status !== 'measured').length // carried ones are not outcomes
console.log(
  `bench: ${report.figures.length} figures, ${missed} over budget, ${notRun} steps not measured → bench/report.md`,
)
process.exit(missed + notRun === 0 ? 0 : 1)
