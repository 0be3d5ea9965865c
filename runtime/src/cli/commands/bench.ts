/** `looplab bench [--json] [--boots N] [--runs N]`: the runtime benchmark table (docs/performance.md). */
import { availableParallelism, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { formatTable, type BenchReport } from '../../bench/report'
import { UsageError, type Command } from '../io'

function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${flag} needs a positive integer`)
  return number
}

export const benchCommand: Command = {
  name: 'bench',
  synopsis: 'bench [--json] [--boots N] [--runs N]',
  summary: 'Measure boot, warm-run latency and virtual-time speed-up',
  async run(args, io) {
    let values
    try {
      ;({ values } = parseArgs({
        args,
        options: {
          json: { type: 'boolean', default: false },
          boots: { type: 'string' },
          runs: { type: 'string' },
        },
      }))
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error))
    }
    const boots = positiveInteger(values.boots, '--boots', 5)
    const runs = positiveInteger(values.runs, '--runs', 200)
    // Loaded here: the other commands never pay for the bench's imports.
    const { runtimeBench } = await import('../../bench/runtime-bench')
    const { pyodideVersion } = await import('../../bench/versions')
    const loadBefore = (loadavg()[0] ?? 0).toFixed(1)
    const metrics = await runtimeBench({ boots, runs, log: (line) => io.err(`bench: ${line}\n`) })
    const report: BenchReport = {
      title: 'looplab bench',
      // The load average before the bench says how much other work the numbers competed with.
      environment: {
        node: process.version,
        pyodide: pyodideVersion(),
        cpus: cpuCount(),
        'load average': loadBefore,
      },
      metrics,
    }
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report))
    return 0
  },
}

function cpuCount(): string {
  return String(availableParallelism())
}
