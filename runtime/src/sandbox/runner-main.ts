/**
 * The sandboxed runner process (bundled to runtime/.build/sandbox-runner.mjs; started by
 * sandboxed-engine.ts inside the OS sandbox). Hosts a pyodide-node engine — Pyodide in a worker
 * thread, sealed, a fresh interpreter for every job — and answers one job at a time over fd 3.
 * It holds no secret and decides nothing: its parent checks every answer, and after the first job
 * this whole process is assumed to be the attacker's (SECURITY.md).
 *
 * Usage: node <flags> sandbox-runner.mjs WORKER_BUNDLE PYODIDE_MODULE SNAPSHOT_DIR [--no-warm-up]
 */
import { Worker } from 'node:worker_threads'
import type { EarlyWorker } from './runner-session'

const [workerBundle, pyodideModule, snapshotDir, ...flags] = process.argv.slice(2)
if (!workerBundle || !pyodideModule || !snapshotDir) {
  process.stderr.write('usage: sandbox-runner.mjs WORKER_BUNDLE PYODIDE_MODULE SNAPSHOT_DIR\n')
  process.exit(2)
}

// The worker thread starts first: it sets up its own Node and loads its bundle on the other core
// while this thread loads the protocol's schemas and the engine (docs/performance.md).
const worker = new Worker(workerBundle, { workerData: { pyodideModule } })
const firstWorker: EarlyWorker = { worker, early: { crash: null } }
worker.once('error', (error) => (firstWorker.early.crash ??= String(error)))
worker.once('exit', (code) => (firstWorker.early.crash ??= `exit code ${code}`))

const { serveJobs } = await import('./runner-session')
serveJobs({
  workerBundle,
  pyodideModule,
  snapshotDir,
  warmUp: !flags.includes('--no-warm-up'),
  firstWorker,
})
