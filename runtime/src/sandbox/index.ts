/**
 * Sandboxed engines for learner code (SECURITY.md): every process that runs a stranger's program —
 * `looplab run`, `looplab grade`, the server's grading pool — starts one of these.
 */
import { existsSync } from 'node:fs'
import { createPyodideNodeEngine } from '../engines/pyodide-node/engine'
import { detectIsolation, type Isolation } from './isolation'
import {
  defaultSandboxLimits,
  SandboxedEngine,
  type RunnerPaths,
  type SandboxLimits,
} from './sandboxed-engine'
import { locateRunner } from './runner-paths'
import { takePrestartedRunner } from './prestart'

export { FreshProcessEngine } from './fresh-process-engine'
export { detectIsolation, type Isolation } from './isolation'
export { defaultSandboxLimits, SandboxedEngine, type SandboxLimits } from './sandboxed-engine'

export class IsolationUnavailableError extends Error {
  constructor(reason: string) {
    super(
      `this machine cannot run learner code without network access (${reason}). Install ` +
        'bubblewrap (Debian/Ubuntu: apt-get install bubblewrap) or allow network namespaces; ' +
        'set LOOPLAB_ALLOW_UNISOLATED=1 only on a machine where nothing on the network matters.',
    )
    this.name = 'IsolationUnavailableError'
  }
}

let primed: Promise<void> | null = null

/** The memory snapshot a sandboxed runner boots from is made outside the sandbox, by an engine
 *  that runs no learner code (the sandbox may not write). */
function primeSnapshot(snapshotFile: string): Promise<void> {
  primed ??= (async () => {
    if (existsSync(snapshotFile)) return
    const maker = await createPyodideNodeEngine()
    await maker.dispose()
  })().catch((error: unknown) => {
    primed = null
    throw error
  })
  return primed
}

export async function runnerPaths(): Promise<RunnerPaths> {
  const { paths, snapshotFile } = await locateRunner()
  await primeSnapshot(snapshotFile)
  return paths
}

export type SandboxOptions = {
  limits?: Partial<SandboxLimits>
  /** Refuse to start without OS isolation (the server); the CLI only warns. */
  requireIsolation?: boolean
  /** Told once when the machine offers no isolation and it was not required. */
  onUnisolated?: (reason: string) => void
}

/** The isolation to use, or an error when it is required and missing (unless the documented
 *  LOOPLAB_ALLOW_UNISOLATED=1 opt-out is set). */
export { insideWebContainer } from './webcontainer'

export function chooseIsolation(options: SandboxOptions = {}): Isolation {
  const isolation = detectIsolation()
  if (isolation.kind !== 'none') return isolation
  if (options.requireIsolation && process.env.LOOPLAB_ALLOW_UNISOLATED !== '1') {
    throw new IsolationUnavailableError(isolation.reason)
  }
  options.onUnisolated?.(isolation.reason)
  return isolation
}

/** Starts a sandboxed runner and waits until its Python is up. `limits.warmUp: false` for a
 *  process that will run one job. */
export async function createSandboxedEngine(
  options: SandboxOptions = {},
): Promise<SandboxedEngine> {
  const isolation = chooseIsolation(options)
  const paths = await runnerPaths()
  const limits = { ...defaultSandboxLimits, ...options.limits }
  const started = takePrestartedRunner(isolation, paths, limits)
  const engine = new SandboxedEngine(isolation, paths, limits, started ?? undefined)
  await engine.boot()
  return engine
}
