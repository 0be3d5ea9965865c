/**
 * The flags of `looplab run`, read without loading anything else: the CLI's entry reads them too,
 * to start the sandboxed runner before the rest of the CLI loads (cli/prestart.ts).
 */
import { parseArgs } from 'node:util'
import type { SandboxLimits } from '../../sandbox/runner-launch'
import { UsageError } from '../io'

/** The runner of `looplab run` serves one job: not worth warming up. */
export const runnerLimits: Partial<SandboxLimits> = { warmUp: false }

export type RunFlags = {
  file: string
  argv: string[]
  json: boolean
  engine: 'pyodide' | 'cpython'
  realtime: boolean
  /** Wall-clock limit in seconds (default: the runtime's, 5 s). */
  timeLimit?: number
}

export function parseRunArgs(args: string[]): RunFlags {
  const split = args.indexOf('--')
  const own = split === -1 ? args : args.slice(0, split)
  const rest = split === -1 ? [] : args.slice(split + 1)
  const { values, positionals } = parseArgs({
    args: own,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      engine: { type: 'string' },
      realtime: { type: 'boolean', default: false },
      'time-limit': { type: 'string' },
    },
  })
  const [file, ...programArgs] = positionals
  if (!file) throw new UsageError('missing FILE (the Python program to run)')
  const engine = values.engine ?? (values.realtime ? 'cpython' : 'pyodide')
  if (engine !== 'pyodide' && engine !== 'cpython') {
    throw new UsageError(`unknown engine '${engine}' (choose pyodide or cpython)`)
  }
  if (values.realtime && engine !== 'cpython') {
    throw new UsageError('--realtime needs --engine cpython (Pyodide always runs on virtual time)')
  }
  const limit = values['time-limit']
  const timeLimit = limit === undefined ? undefined : Number(limit)
  if (timeLimit !== undefined && !(timeLimit > 0)) {
    throw new UsageError('--time-limit needs a positive number of seconds')
  }
  return {
    file,
    timeLimit,
    argv: [...programArgs, ...rest],
    json: values.json,
    engine,
    realtime: values.realtime,
  }
}
