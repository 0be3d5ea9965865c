/**
 * One python3 process running runtime/python/looplab_cpython.py: the request goes in on stdin, the
 * RunResult JSON comes back on fd 3, so nothing the program prints can corrupt it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { dirname } from 'node:path'
import type { Readable } from 'node:stream'
import type { Isolation } from '../../sandbox/isolation'
import { launchSandboxed } from '../../sandbox/launch'
import { signalProgram } from '../../sandbox/process-tree'
import type { PythonCommand } from './python-command'

export type ProcessOutcome = {
  /** The harness's JSON; empty when the process died before writing it. */
  resultJson: string
  /** The process's own stderr: only a harness crash writes there. */
  stray: string
  code: number | null
  signal: NodeJS.Signals | null
  /** Set when the process could not be started at all. */
  spawnError?: Error
}

export type HarnessProcess = {
  outcome: Promise<ProcessOutcome>
  signal(signal: 'SIGINT' | 'SIGKILL'): void
  exited(): boolean
}

/** Lifetime CPU seconds of a sandboxed python3 (its wall-clock limit is enforced here too). */
const sandboxCpuSeconds = 120

/**
 * `isolation` given: python3 starts in the OS sandbox (SECURITY.md, layer 4), seeing only its own
 * installation and the harness; learner code run through the cpython engine needs it as much as
 * Pyodide does. Without: the course's own programs (the oracle of the differential tests).
 */
export function startHarnessProcess(
  python: PythonCommand,
  harness: string,
  request: string,
  isolation: Isolation | null = null,
): HarnessProcess {
  const args = ['-X', 'utf8', '-I', harness, '--result-fd', '3']
  const child: ChildProcess = isolation
    ? launchSandboxed(isolation, {
        command: python.binary,
        args,
        readable: [...python.prefixes, dirname(harness)],
        cpuSeconds: sandboxCpuSeconds,
        stdin: 'pipe',
      })
    : spawn(python.executable, args, {
        stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
        env: cleanEnvironment(),
      })
  const resultStream = child.stdio[3] as Readable
  const resultJson = collect(resultStream)
  const stray = child.stderr ? collect(child.stderr) : Promise.resolve('')
  child.stdin?.on('error', () => undefined) // it may exit before reading everything
  child.stdin?.end(request)
  const outcome = new Promise<ProcessOutcome>((resolve) => {
    child.on('error', (spawnError) => {
      resolve({ resultJson: '', stray: '', code: null, signal: null, spawnError })
    })
    child.on('close', async (code, signal) => {
      resolve({ resultJson: await resultJson, stray: await stray, code, signal })
    })
  })
  return {
    outcome,
    signal: (name) => {
      if (!isolation || !child.pid) void child.kill(name)
      else if (name === 'SIGKILL')
        child.kill(name) // the wrappers take the program with them
      else signalProgram(child.pid, name)
    },
    exited: () => child.exitCode !== null || child.signalCode !== null,
  }
}

/** Nothing of the host's environment (PYTHONPATH, secrets…) reaches the harness or the program. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    PYTHONDONTWRITEBYTECODE: '1',
  }
  return env as NodeJS.ProcessEnv
}

function collect(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve) => {
    const done = () => resolve(Buffer.concat(chunks).toString('utf8'))
    stream.on('end', done)
    stream.on('close', done)
    stream.on('error', done)
  })
}
