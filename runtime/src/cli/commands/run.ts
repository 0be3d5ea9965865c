/**
 * `looplab run FILE [--json] [--engine pyodide|cpython] [--realtime] [--time-limit S] [-- ARGS…]`: runs FILE like
 * `python FILE` (under virtual time unless --realtime), prints what it printed, exits with its code.
 * FILE may be anyone's (a learner's submission on an instructor's machine): it runs in the same
 * sandboxed process the grading server uses (SECURITY.md).
 */
import type { Engine } from '../../engine'
import type { RunOptions, RunResult } from '../../types'
import { describe } from '../../engines/results'
import { UsageError, type CliIo, type Command } from '../io'
import { readProgramFolder } from './program-folder'
import { parseRunArgs, runnerLimits, type RunFlags } from './run-flags'
import { chooseIsolation, createSandboxedEngine, insideWebContainer } from '../../sandbox'
import { createEngine } from '../../create-engine'
import { createCpythonEngine } from '../../engines/cpython/engine'

/** Output in the order the program wrote it, each part to its own stream. */
function printOutput(result: RunResult, io: CliIo): void {
  for (const event of result.events) (event.stream === 'stdout' ? io.out : io.err)(event.text)
}

export const runCommand: Command = {
  name: 'run',
  synopsis: 'run FILE [--json] [--engine pyodide|cpython] [--realtime] [--time-limit S] [-- ARGS…]',
  summary: 'Run a program like `python FILE`, under virtual time',
  async run(args, io) {
    let flags: RunFlags
    try {
      flags = parseRunArgs(args)
    } catch (error) {
      throw error instanceof UsageError ? error : new UsageError(describe(error))
    }
    const program = readProgramFolder(flags.file)
    const stdin = await io.readStdin()
    let engine: Engine
    try {
      const sandbox = { onUnisolated: (reason: string) => warnUnisolated(io, reason) }
      // In a WebContainer the learner's own tab is the sandbox (sandbox/webcontainer.ts).
      engine =
        flags.engine !== 'pyodide'
          ? await createCpythonEngine({ isolation: chooseIsolation(sandbox) })
          : insideWebContainer()
            ? await createEngine('pyodide-node')
            : await createSandboxedEngine({ ...sandbox, limits: runnerLimits })
    } catch (error) {
      io.err(`looplab run: could not start the Python runtime: ${describe(error)}\n`)
      return 1
    }
    let interrupts = 0
    const stopListening = io.onInterrupt(() => {
      interrupts += 1
      if (interrupts > 1) process.exit(130) // a second Ctrl-C: the user means it
      engine.interrupt()
    })
    try {
      const result = await engine.run(program.files, {
        entry: program.entry,
        argv: flags.argv,
        stdin,
        realtime: flags.realtime || undefined,
        ...programLocation(flags, program.folder),
        ...(flags.timeLimit ? { limits: { wallMs: flags.timeLimit * 1000 } } : {}),
      })
      if (flags.json) io.out(`${JSON.stringify(result, null, 2)}\n`)
      else printOutput(result, io)
      return result.exitCode
    } finally {
      stopListening()
      await engine.dispose()
    }
  },
}

/**
 * As `python FILE` sees it: FILE's folder at its own path, the caller's working folder. Pyodide's
 * file system is its own (in memory), so nothing is written to the real folder; the cpython engine
 * keeps a fresh folder of its own, and so does a run whose paths are not POSIX ones (Windows).
 */
function programLocation(flags: RunFlags, folder: string): Pick<RunOptions, 'location'> {
  const cwd = process.cwd()
  if (flags.engine !== 'pyodide' || !folder.startsWith('/') || !cwd.startsWith('/')) return {}
  return { location: { folder, cwd, argv0: flags.file } }
}

function warnUnisolated(io: CliIo, reason: string): void {
  io.err(
    `looplab: warning: the program runs without network isolation here (${reason}); files, ` +
      'processes and the environment are still closed to it.\n',
  )
}
