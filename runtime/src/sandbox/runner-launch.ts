/**
 * How a sandboxed runner process is started: its paths, its limits and its Node flags. Kept apart
 * from the engine that talks to it (sandboxed-engine.ts, which needs zod for the protocol) so the
 * CLI can start a runner before it has loaded anything else (prestart.ts).
 */
import type { ChildProcess } from 'node:child_process'
import type { Isolation } from './isolation'
import { launchSandboxed } from './launch'

export type RunnerPaths = {
  /** runtime/.build/sandbox-runner.mjs */
  runner: string
  /** runtime/.build/pyodide-node-worker.mjs */
  worker: string
  /** Pyodide's pyodide.mjs (imported by absolute URL inside the sandbox). */
  pyodideModule: string
  /** Pyodide's package folder (its WebAssembly and standard library). */
  pyodideDir: string
  /** Where the memory snapshot is (read-only inside the sandbox; made beforehand). */
  snapshots: string
}

export type SandboxLimits = {
  /** Resident memory of the whole process tree; past it the process is killed. */
  memoryMiB: number
  /** Lifetime CPU seconds of the process (RLIMIT_CPU). */
  cpuSeconds: number
  /** How long the process may take to boot Python. */
  bootMs: number
  /** Added to a job's wall-clock limit before the parent kills the process (the runner itself
   *  interrupts at the limit, and replaces its worker a second later if the program ignores it). */
  deadlineSlackMs: number
  /** V8 heap of the process (Python's own memory is WebAssembly, under memoryMiB). */
  heapMiB: number
  /** Warm Python up before the first job: worth it for a process that serves many (default
   *  true), not for one that runs a single job. */
  warmUp?: boolean
}

export const defaultSandboxLimits: SandboxLimits = {
  memoryMiB: 1024,
  cpuSeconds: 600,
  bootMs: 60_000,
  deadlineSlackMs: 4_000,
  heapMiB: 256,
}

/** Starts the runner, sandboxed; its messages come on the child's fd 3. */
export function launchRunner(
  isolation: Isolation,
  paths: RunnerPaths,
  limits: SandboxLimits,
): ChildProcess {
  return launchSandboxed(isolation, {
    command: process.execPath,
    args: [
      ...nodeFlags(paths, limits),
      paths.runner,
      paths.worker,
      paths.pyodideModule,
      paths.snapshots,
      ...(limits.warmUp === false ? ['--no-warm-up'] : []),
    ],
    readable: [paths.runner, paths.worker, paths.pyodideDir, paths.snapshots],
    cpuSeconds: limits.cpuSeconds,
  })
}

function nodeFlags(paths: RunnerPaths, limits: SandboxLimits): string[] {
  const permission = process.allowedNodeEnvironmentFlags.has('--permission')
    ? '--permission'
    : '--experimental-permission'
  return [
    permission,
    ...[paths.runner, paths.worker, paths.pyodideDir, paths.snapshots].map(
      (path) => `--allow-fs-read=${path}`,
    ),
    // Pyodide runs in a worker thread (the wall-clock interrupt needs a second thread).
    '--allow-worker',
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${limits.heapMiB}`,
    '--disable-warning=ExperimentalWarning',
    '--disable-warning=SecurityWarning',
  ]
}
