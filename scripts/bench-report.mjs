// Writes bench/report.json (everything, samples included) and bench/report.md (the table the
// README links): every figure beside its budget with ✔/✘, boot figures as a ratio to the stock
// Pyodide boot measured in the same run, run figures as a ratio to the same harness on CPython.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { formatBudget, formatValue, mark, withRatio } from './bench-figures.mjs'

const stockBootId = 'stock-pyodide-boot'

/** Boot figures of other steps get their ratio to the runtime step's stock boot. */
function withBootRatios(figures) {
  const stock = figures.find((f) => f.id === stockBootId)
  return figures.map((f) =>
    f.boot && !f.ratio && f.unit === 'ms'
      ? withRatio(f, stock, 'of a stock Pyodide boot in Node')
      : f,
  )
}

/**
 * A partial run (`--only`) keeps the last report's other figures, each marked with the run that
 * measured it: the report stays whole, and nothing old passes for new.
 */
export function withCarriedFigures(previous, { steps, figures }) {
  if (!previous) return { steps, figures }
  const ran = new Set(steps.map((s) => s.name))
  const fresh = new Map(figures.map((f) => [f.id, f]))
  const merged = previous.figures.map(
    (old) => fresh.get(old.id) ?? { ...old, carried: old.carried ?? previous.date },
  )
  const known = new Set(previous.figures.map((f) => f.id))
  merged.push(...figures.filter((f) => !known.has(f.id)))
  const carriedSteps = previous.steps
    .filter((s) => !ran.has(s.name))
    .map((s) => ({
      ...s,
      status: 'carried',
      reason: `figures from the run of ${s.carried ?? previous.date}`,
      carried: s.carried ?? previous.date,
    }))
  return {
    steps: [...steps, ...carriedSteps],
    figures: merged,
  }
}

/** The last report in `folder`, or null. */
export function previousReport(folder) {
  const file = join(folder, 'report.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

function range(values) {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return ''
  return `${Math.min(...finite).toFixed(1)}–${Math.max(...finite).toFixed(1)}`
}

function markdown(report) {
  const lines = [
    '# Bench report',
    '',
    `\`${report.command}\` on ${report.date}: Node ${report.node}, ${report.cpus} cores, ` +
      `${report.reps} repetitions per figure (the median is shown). Budgets: ` +
      '[docs/performance.md](../docs/performance.md). These machines are shared: read the ratios, ' +
      'measured in the same run, before the absolute times.',
    '',
    '| figure | median | budget | | ratio | load avg before each | samples |',
    '|---|---:|---|---|---|---|---|',
  ]
  for (const f of report.figures) {
    const ratio = f.ratio ? `${f.ratio.value.toFixed(2)}× ${f.ratio.label}` : ''
    const samples = f.samples.map((s) => (Number.isFinite(s) ? Number(s.toFixed(1)) : s)).join(', ')
    const notes = [f.note, f.carried && `measured ${f.carried.slice(0, 10)}, not in this run`]
    const said = notes.filter(Boolean).join('; ')
    const name = said ? `${f.name} (${said})` : f.name
    lines.push(
      `| ${name} | ${formatValue(f.median, f.unit)} | ${formatBudget(f.budget, f.unit)} | ${mark(f.pass)} | ${ratio} | ${range(f.loads)} | ${samples} |`,
    )
  }
  lines.push('', '## Steps', '')
  for (const step of report.steps) {
    const why = step.reason ? `: ${step.reason}` : ''
    lines.push(`- \`${step.name}\` (\`${step.command}\`): ${step.status}${why}`)
  }
  return `${lines.join('\n')}\n`
}

/** In the repository's own format (npm run check runs Prettier over bench/ too). */
async function prettier(text, parser) {
  const { format } = await import('prettier')
  return format(text, { parser, proseWrap: 'preserve' })
}

export async function writeReport({ command, reps, steps, figures }, folder) {
  const report = {
    command,
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    reps,
    steps,
    figures: withBootRatios(figures),
  }
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'report.json'), await prettier(JSON.stringify(report), 'json'))
  const md = await prettier(markdown(report), 'markdown')
  writeFileSync(join(folder, 'report.md'), md)
  return { report, markdown: md }
}
