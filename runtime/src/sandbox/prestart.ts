/**
 * A sandboxed runner started before its engine exists. `looplab run` spends ~0.1 s loading the
 * CLI before it would start the runner, and the runner ~0.5 s booting Python: started first, the
 * runner boots while the CLI loads (docs/performance.md). This module stays free of zod and of the
 * engines so that starting one costs only what launching it needs.
 *
 * Only what `createSandboxedEngine` would have started itself is handed over: the same isolation,
 * paths and limits, a runner that has not failed to spawn. Nothing is started where the normal
 * path has something to say first (no isolation: it warns or refuses; no snapshot yet: it makes
 * one outside the sandbox).
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { detectIsolation, type Isolation } from './isolation'
import {
  defaultSandboxLimits,
  launchRunner,
  type RunnerPaths,
  type SandboxLimits,
} from './runner-launch'
import { locateRunner } from './runner-paths'
import { insideWebContainer } from './webcontainer'

type Prestarted = { child: ChildProcess; key: string }

let prestarted: Prestarted | null = null

function keyOf(isolation: Isolation, paths: RunnerPaths, limits: SandboxLimits): string {
  return JSON.stringify([isolation, paths, limits])
}

/** Starts a runner for a later `createSandboxedEngine({ limits })`, when one would be started;
 *  its process id, or null when none was started. */
export async function prestartRunner(limits: Partial<SandboxLimits> = {}): Promise<number | null> {
  if (prestarted || insideWebContainer()) return null
  const isolation = detectIsolation()
  if (isolation.kind === 'none') return null
  const { paths, snapshotFile } = await locateRunner()
  if (!existsSync(snapshotFile)) return null
  const full = { ...defaultSandboxLimits, ...limits }
  const child = launchRunner(isolation, paths, full)
  // A spawn that fails is told here, once; such a child has no pid and is never handed over.
  child.on('error', () => undefined)
  prestarted = { child, key: keyOf(isolation, paths, full) }
  return child.pid ?? null
}

/** The runner started beforehand for exactly these, or null; one that does not match is stopped. */
export function takePrestartedRunner(
  isolation: Isolation,
  paths: RunnerPaths,
  limits: SandboxLimits,
): ChildProcess | null {
  const found = prestarted
  prestarted = null
  if (!found) return null
  if (found.child.pid !== undefined && found.key === keyOf(isolation, paths, limits)) {
    return found.child
  }
  found.child.kill('SIGKILL')
  return null
}

/** Stops a runner nobody took (the command failed before it needed one), so the CLI can exit. */
export function discardPrestartedRunner(): void {
  prestarted?.child.kill('SIGKILL')
  prestarted = null
}
