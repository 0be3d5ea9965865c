/**
 * Loaded by runtime/bin/looplab.mjs before the CLI itself (runtime/dist/cli-prestart.js): for a
 * `looplab run` that will use the sandboxed Pyodide runner, starts that runner at once, so Python
 * boots while the rest of the CLI loads (sandbox/prestart.ts). Never fails the command: anything
 * odd here is left for the command itself to find and explain.
 */
import { prestartRunner } from '../sandbox/prestart'
import { parseRunArgs, runnerLimits } from './commands/run-flags'

export async function prestart(argv: string[]): Promise<void> {
  if (argv[0] !== 'run') return
  try {
    if (parseRunArgs(argv.slice(1)).engine !== 'pyodide') return
    await prestartRunner(runnerLimits)
  } catch {
    // A usage error, a missing build, no isolation…: the command reports it properly.
  }
}
