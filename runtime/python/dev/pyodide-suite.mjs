#!/usr/bin/env node
// Dev tool: run every program of the given test-program folders through the harness in Pyodide
// (one interpreter, many runs) and print {"<folder>/<file>": RunResult} as JSON on stdout.
// Usage: node runtime/python/dev/pyodide-suite.mjs runtime/test-programs/differential [...]
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { bootHarness } from './pyodide-run.mjs'

function programsIn(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...programsIn(full))
    else if (name.endsWith('.py')) out.push(full)
  }
  return out
}

const { run } = await bootHarness()
const results = {}
for (const dir of process.argv.slice(2)) {
  for (const file of programsIn(dir)) {
    const key = `${basename(dir)}/${file.slice(dir.length + 1)}`
    results[key] = run({ files: { 'main.py': readFileSync(file, 'utf8') } }, { wallMs: 3000 })
  }
}
process.stdout.write(JSON.stringify(results))
