/**
 * Starts a Node process for untrusted work: the permission model with nothing granted but reading
 * the listed paths (and writing the listed ones) — no child processes, no worker threads (a worker
 * may be given its own execArgv and escape the model), no addons — an empty environment (no
 * DATABASE_URL or other secrets), low CPU priority, and a lifetime CPU cap (ulimit -t) so even a
 * process orphaned mid-loop by a killed server stops by itself.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { setPriority } from 'node:os'

export type SandboxOptions = {
  readable: string[]
  writable?: string[]
  /** V8 heap cap; Python's own heap is WASM memory, watched separately. */
  heapMiB: number
  /** Lifetime CPU seconds before the kernel stops the process. */
  cpuSeconds: number
  cwd: string
}

/** Below normal priority: a stuck learner program competes with grading, not with page loads. */
const niceness = 10

/** Node 20 calls it --experimental-permission; Node 22.13+ / 23.5+ --permission. */
export function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission')
    ? '--permission'
    : '--experimental-permission'
}

export function sandboxFlags(options: Pick<SandboxOptions, 'readable' | 'writable' | 'heapMiB'>) {
  return [
    permissionFlag(),
    ...options.readable.map((path) => `--allow-fs-read=${path}`),
    ...(options.writable ?? []).map((path) => `--allow-fs-write=${path}`),
    `--max-old-space-size=${options.heapMiB}`,
    '--disable-warning=ExperimentalWarning',
  ]
}

/** Runs `node <sandbox flags> script ...args` with an IPC channel; stderr is piped, stdout dropped. */
export function startSandboxedNode(
  script: string,
  args: string[],
  options: SandboxOptions,
): ChildProcess {
  const node = [process.execPath, ...sandboxFlags(options), script, ...args]
  const child =
    process.platform === 'win32'
      ? spawn(node[0] as string, node.slice(1), childOptions(options))
      : spawn(
          '/bin/sh',
          ['-c', 'ulimit -t "$0" && exec "$@"', String(options.cpuSeconds), ...node],
          childOptions(options),
        )
  try {
    if (child.pid) setPriority(child.pid, niceness)
  } catch {
    // Not permitted everywhere; the process still works, only less politely.
  }
  return child
}

function childOptions(options: SandboxOptions): SpawnOptions {
  // Nothing inherited: the process must not read DATABASE_URL or any other secret.
  return {
    cwd: options.cwd,
    env: { NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  }
}
