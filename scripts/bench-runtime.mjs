// The runtime's figures for bench/report.json (docs/performance.md), each the median of --reps
// repetitions with the load average before each: `looplab run hello.py` beside a stock Pyodide boot
// in a fresh Node process (its reference), and the virtual-time harness's wallMs on the bench
// programs (bench/programs/) on Pyodide in Node beside the same harness on the machine's CPython.
// Usage: node scripts/bench-runtime.mjs [--json] [--reps N] [--only cli|harness]
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  figure,
  formatBudget,
  formatValue,
  loadNow,
  mark,
  median,
  withRatio,
} from './bench-figures.mjs'

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    reps: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
})
const reps = Number(values.reps)
if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps needs a positive integer')
const root = resolve(import.meta.dirname, '..')
const bin = join(root, 'runtime', 'bin', 'looplab.mjs')
const programs = join(root, 'bench', 'programs')
const log = (line) => process.stderr.write(`bench-runtime: ${line}\n`)

/** Wall time of a command, start to exit (a non-zero exit fails the bench: the figure would lie). */
function timeCommand(command, args, options = {}) {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const ms = performance.now() - started
      if (code === 0) done({ ms, output })
      else fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${output.slice(-500)}`))
    })
  })
}

const pyodideModule = createRequire(join(root, 'runtime', 'package.json')).resolve(
  'pyodide/pyodide.mjs',
)
// Stock Pyodide as its README boots it: no snapshot, no harness, one print.
const stockBoot = `const { loadPyodide } = await import(${JSON.stringify(pyodideModule)})
const py = await loadPyodide()
py.runPython('print("hello")')`

async function cliFigures() {
  const hello = join(programs, 'hello.py')
  log('warming up (build, snapshot)…')
  await timeCommand(process.execPath, [bin, 'run', hello])
  const samples = { stock: [], cli: [], python: [] }
  const loads = { stock: [], cli: [], python: [] }
  for (let rep = 0; rep < reps; rep++) {
    log(`CLI rep ${rep + 1}/${reps} (load ${loadNow()})…`)
    loads.stock.push(loadNow())
    samples.stock.push(
      (await timeCommand(process.execPath, ['--input-type=module', '-e', stockBoot])).ms,
    )
    loads.cli.push(loadNow())
    const run = await timeCommand(process.execPath, [bin, 'run', hello])
    if (run.output.trim() !== 'hello') throw new Error(`looplab run printed ${run.output}`)
    samples.cli.push(run.ms)
    loads.python.push(loadNow())
    samples.python.push((await timeCommand('python3', [hello])).ms)
  }
  const stock = figure({
    id: 'stock-pyodide-boot',
    name: 'stock Pyodide boot in a fresh Node process, to one print (reference)',
    unit: 'ms',
    samples: samples.stock,
    loads: loads.stock,
  })
  const cli = figure({
    id: 'cli-run-hello',
    name: '`looplab run hello.py` (one print), wall time',
    unit: 'ms',
    samples: samples.cli,
    loads: loads.cli,
    budget: { op: '<', value: 500 },
  })
  const python = figure({
    id: 'python3-hello',
    name: '`python3 hello.py`, wall time (for comparison)',
    unit: 'ms',
    samples: samples.python,
    loads: loads.python,
  })
  return [stock, withRatio(cli, stock, 'of a stock Pyodide boot'), python]
}

/** The harness's programs: budget in wallMs on Pyodide (the 10,000-task ones: the 5 s limit). */
const harnessPrograms = [
  {
    file: 'tasks-100.py',
    what: '100 tasks sleeping 1–10 s (gather)',
    budget: { op: '<=', value: 40 },
    // A run of ~15 ms is one scheduler hiccup away from twice that on a shared machine: each
    // repetition is the median of several runs, so the figure is the run, not the hiccup.
    runsPerRep: 9,
  },
  {
    file: 'gather-10k.py',
    what: '10,000 tasks sleeping 1–10 s (gather)',
    budget: { op: '<', value: 5000 },
  },
  {
    file: 'race-10k.py',
    what: '10,000 tasks raced with wait(FIRST_COMPLETED)',
    budget: { op: '<', value: 5000 },
  },
  {
    file: 'crawl-10k.py',
    what: '10,000-page crawl, 50 at once (Semaphore)',
    budget: { op: '<', value: 5000 },
  },
]

/** Beyond the 5 s a learner's run gets: the figure is the time a program takes, up to this. */
const benchLimitMs = 20_000

/** The harness's own wallMs; a program stopped at the limit counts as the limit (and says so). */
async function runWallMs(engine, source, timeouts) {
  const result = await engine.run({ 'main.py': source }, { limits: { wallMs: benchLimitMs } })
  if (result.status === 'time-limit') {
    timeouts.count += 1
    return benchLimitMs
  }
  if (result.status !== 'ok') {
    throw new Error(`${engine.name}: ${result.status} ${result.stderr ?? ''}`.slice(0, 500))
  }
  return result.wallMs
}

function timeoutNote(timeouts, reps) {
  return timeouts.count
    ? `${timeouts.count} of ${reps} runs stopped at the bench's ${benchLimitMs / 1000} s limit (counted as ${benchLimitMs / 1000} s)`
    : undefined
}

async function harnessFigures() {
  const { ensureBuilt } = await import(join(root, 'runtime', 'scripts', 'build.mjs'))
  await ensureBuilt(['package'])
  const engines = await import(join(root, 'runtime', 'dist', 'engines', 'node.js'))
  const pyodide = await engines.createPyodideNodeEngine()
  const cpython = await engines.createCpythonEngine()
  const figures = []
  try {
    log('warm-up run (the first run after a boot compiles the WebAssembly it touches)…')
    await runWallMs(pyodide, readFileSync(join(programs, 'tasks-100.py'), 'utf8'), { count: 0 })
    for (const program of harnessPrograms) {
      const source = readFileSync(join(programs, program.file), 'utf8')
      const timeouts = { pyodide: { count: 0 }, cpython: { count: 0 } }
      const samples = { pyodide: [], cpython: [] }
      const loads = { pyodide: [], cpython: [] }
      for (let rep = 0; rep < reps; rep++) {
        log(`${program.file} rep ${rep + 1}/${reps} (load ${loadNow()})…`)
        const runs = program.runsPerRep ?? 1
        const pyodideRuns = []
        const cpythonRuns = []
        loads.pyodide.push(loadNow())
        loads.cpython.push(loadNow())
        for (let run = 0; run < runs; run++) {
          pyodideRuns.push(await runWallMs(pyodide, source, timeouts.pyodide))
          cpythonRuns.push(await runWallMs(cpython, source, timeouts.cpython))
        }
        samples.pyodide.push(median(pyodideRuns))
        samples.cpython.push(median(cpythonRuns))
      }
      const id = program.file.replace(/\.py$/, '')
      const per = program.runsPerRep
        ? ` (each sample: the median of ${program.runsPerRep} runs)`
        : ''
      const reference = figure({
        id: `${id}-cpython`,
        name: `${program.what}: wallMs, same harness on CPython (reference)${per}`,
        unit: 'ms',
        samples: samples.cpython,
        loads: loads.cpython,
        note: timeoutNote(timeouts.cpython, reps),
      })
      const measured = figure({
        id: `${id}-pyodide`,
        name: `${program.what}: wallMs on Pyodide in Node${per}`,
        unit: 'ms',
        samples: samples.pyodide,
        loads: loads.pyodide,
        budget: program.budget,
        note: timeoutNote(timeouts.pyodide, reps),
      })
      figures.push(withRatio(measured, reference, 'of the same harness on CPython'), reference)
    }
  } finally {
    await pyodide.dispose()
    await cpython.dispose?.()
  }
  return figures
}

const figures = [
  ...(values.only && values.only !== 'cli' ? [] : await cliFigures()),
  ...(values.only && values.only !== 'harness' ? [] : await harnessFigures()),
]
const report = { title: 'runtime (Node)', reps, figures }
if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  for (const f of figures) {
    const ratio = f.ratio ? ` (${f.ratio.value}× ${f.ratio.label})` : ''
    const budget = f.budget ? `  ${formatBudget(f.budget, f.unit)} ${mark(f.pass)}` : ''
    console.log(`${f.name}: ${formatValue(f.median, f.unit)}${ratio}${budget}`)
  }
}
