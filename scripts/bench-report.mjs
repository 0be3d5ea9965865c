// Writes bench/report.json (everything, samples included) and bench/report.md (the table the
// README links): every figure beside its budget with ✔/✘, boot figures as a ratio to the stock
// Pyodide boot measured in the same run, run figures as a ratio to the same harness on CPython.
import { mkdirSync, writeFileSync } from 'node:fs'
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
    const name = f.note ? `${f.name} (${f.note})` : f.name
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
