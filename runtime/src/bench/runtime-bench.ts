/**
 * `looplab bench`: the runtime's numbers against docs/performance.md — Node boot (normal vs memory
 * snapshot), warm run latency, and how much faster virtual time is than real CPython sleeping.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPyodideNodeEngine } from '../engines/pyodide-node/engine'
import type { Metric } from './report'
import { tenSecondsOfSleeps, warmProgram } from './programs'
import { median, percentile } from './stats'

export type BenchOptions = { boots: number; runs: number; log(line: string): void }

async function timeBoot(snapshot: boolean): Promise<number> {
  const started = performance.now()
  const engine = await createPyodideNodeEngine({ snapshot })
  const ms = performance.now() - started
  await engine.dispose()
  return ms
}

async function bootMedian(snapshot: boolean, boots: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < boots; i++) samples.push(await timeBoot(snapshot))
  return median(samples)
}

function realPythonMs(source: string): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'looplab-bench-'))
  const file = join(folder, 'sleeps.py')
  writeFileSync(file, source)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    execFile(process.env.LOOPLAB_PYTHON ?? 'python3', [file], (error) => {
      rmSync(folder, { recursive: true, force: true })
      if (error) reject(new Error(`python3 failed on the sleep program: ${error.message}`))
      else resolve(performance.now() - started)
    })
  })
}

export async function runtimeBench({ boots, runs, log }: BenchOptions): Promise<Metric[]> {
  log('booting once to make sure the memory snapshot exists…')
  await timeBoot(true)
  log(`Node boot, normal, ${boots}×…`)
  const normalBoot = await bootMedian(false, boots)
  log(`Node boot, snapshot, ${boots}×…`)
  const snapshotBoot = await bootMedian(true, boots)

  const engine = await createPyodideNodeEngine()
  try {
    log(`warm runs, ${runs}×…`)
    const files = { 'main.py': warmProgram }
    for (let i = 0; i < 5; i++) await engine.run(files)
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      const result = await engine.run(files)
      samples.push(performance.now() - started)
      if (result.status !== 'ok') throw new Error(`the warm program failed: ${result.stderr}`)
    }
    log('10 s of sleeps, virtual time…')
    const sleepSamples: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      const result = await engine.run({ 'main.py': tenSecondsOfSleeps })
      sleepSamples.push(performance.now() - started)
      if (result.virtualSeconds < 10) throw new Error('the sleep program did not sleep 10 s')
    }
    log('10 s of sleeps, real python3 (takes 10 s)…')
    const realMs = await realPythonMs(tenSecondsOfSleeps)
    const virtualMs = median(sleepSamples)
    return [
      { name: 'Node boot, normal (median)', value: normalBoot, unit: 'ms' },
      { name: 'Node boot, memory snapshot (median)', value: snapshotBoot, unit: 'ms' },
      { name: `warm run p50 (${runs} runs)`, value: percentile(samples, 50), unit: 'ms' },
      {
        name: `warm run p95 (${runs} runs)`,
        value: percentile(samples, 95),
        unit: 'ms',
        budget: '< 50 ms (Run → output)',
      },
      {
        name: '10 s of sleeps, virtual time (median of 5)',
        value: virtualMs,
        unit: 'ms',
        budget: '< 10 ms',
      },
      { name: '10 s of sleeps, real python3', value: realMs, unit: 'ms' },
      { name: 'speed-up over real python3', value: realMs / virtualMs, unit: '×' },
    ]
  } finally {
    await engine.dispose()
  }
}
