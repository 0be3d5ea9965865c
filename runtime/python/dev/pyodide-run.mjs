#!/usr/bin/env node
// Dev tool: run Python programs through the LoopLab harness inside Pyodide (Node), as the
// pyodide-node engine will. Usage (from the repo root):
//   node runtime/python/dev/pyodide-run.mjs [--json] [--repeat N] [--stdin TEXT] prog.py [more.py…]
// Each program runs as main.py in its own run (same interpreter, so isolation is exercised too).
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { readHarnessFiles } from '../../scripts/harness-files.mjs'

export async function bootHarness() {
  const { loadPyodide } = await import('pyodide')
  const py = await loadPyodide()
  for (const [file, text] of Object.entries(readHarnessFiles())) {
    const target = `/lib/looplab/${file}`
    py.FS.mkdirTree(dirname(target))
    py.FS.writeFile(target, text)
  }
  py.runPython("import sys; sys.path.append('/lib/looplab'); import _looplab")
  const runJson = py.globals.get('__import__')('_looplab').run_json
  // The wall-clock limit, as the engines enforce it: a watchdog thread writes SIGINT (2) into
  // Pyodide's interrupt buffer while the main thread is busy in Python.
  const interrupt = new Int32Array(new SharedArrayBuffer(4))
  py.setInterruptBuffer(interrupt)
  const run = (request, { wallMs = 5000 } = {}) => {
    Atomics.store(interrupt, 0, 0)
    const watchdog = new Worker(
      `const { workerData: { buffer, ms } } = require('node:worker_threads')
       const view = new Int32Array(buffer)
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
       Atomics.store(view, 0, 2)`,
      { eval: true, workerData: { buffer: interrupt.buffer, ms: wallMs } },
    )
    try {
      return JSON.parse(runJson(JSON.stringify(request)))
    } finally {
      watchdog.terminate()
      Atomics.store(interrupt, 0, 0)
    }
  }
  return { py, run }
}

async function main() {
  const args = process.argv.slice(2)
  const flags = { json: false, repeat: 1, stdin: '' }
  const programs = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') flags.json = true
    else if (args[i] === '--repeat') flags.repeat = Number(args[++i])
    else if (args[i] === '--stdin') flags.stdin = args[++i]
    else programs.push(args[i])
  }
  const started = Date.now()
  const { run } = await bootHarness()
  console.error(`[pyodide ready in ${Date.now() - started} ms]`)
  for (const program of programs) {
    for (let n = 0; n < flags.repeat; n++) {
      const result = run({
        files: { 'main.py': readFileSync(program, 'utf8') },
        stdin: flags.stdin,
      })
      if (flags.json) console.log(JSON.stringify(result, null, 2))
      else {
        process.stdout.write(result.stdout)
        process.stderr.write(result.stderr)
        console.error(
          `[${program}: ${result.status} exit=${result.exitCode} virtual=${result.virtualSeconds}s wall=${result.wallMs}ms ${result.python}]`,
        )
        for (const d of result.diagnostics)
          console.error(`  [${d.code}] line ${d.line}: ${d.message}`)
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
