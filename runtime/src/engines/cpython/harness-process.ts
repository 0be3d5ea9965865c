/**
 * One python3 process running runtime/python/looplab_cpython.py: the request goes in on stdin, the
 * RunResult JSON comes back on fd 3, so nothing the program prints can corrupt it.
 */
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

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

export function startHarnessProcess(
  python: string,
  harness: string,
  request: string,
): HarnessProcess {
  const child = spawn(python, ['-X', 'utf8', harness, '--result-fd', '3'], {
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
    signal: (name) => void child.kill(name),
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
