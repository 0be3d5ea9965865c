/**
 * The pyodide-node engine's worker_threads entry (bundled to runtime/.build/pyodide-node-worker.mjs).
 * Boots Pyodide once — from a cached memory snapshot when it can — then runs requests one by one.
 */
import { constants as fsConstants } from 'node:fs'
import { constants as osConstants } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import type { PyodideAPI } from 'pyodide'
import type { FromWorker, ToWorker } from '../pyodide/messages'
import {
  harnessRunner,
  installHarness,
  pyodideBootOptions,
  refreshAfterSnapshot,
} from '../pyodide/host'
import { warmUp } from '../pyodide/warm-up'
import { workerSession, type Booted, type Lap } from '../pyodide/worker-session'
import { hardenRealm } from '../pyodide/realm'
import { refuseChildProcesses } from './child-processes'
import { discardSnapshot, readSnapshot, writeSnapshot } from './snapshot-cache'

// Before Pyodide is ever imported: nothing learner code could reach may start a program or eval.
hardenRealm({ refuseEval: true })
refuseChildProcesses()

const port = parentPort
if (!port) throw new Error('pyodide-node worker: must run inside worker_threads')
const send = (message: FromWorker) => port.postMessage(message)

/** In the sandbox (src/sandbox) Pyodide comes by absolute URL: resolving the bare name would look
 *  through folders the permission model does not let the process read. */
const pyodideModule = (workerData as { pyodideModule?: string } | null)?.pyodideModule ?? 'pyodide'

/**
 * Pyodide's NODEFS reads open() flags through process.binding('constants'), which the permission
 * model forbids (process.binding reaches internals). Those constants are public as fs.constants:
 * answer that one call and leave every other binding forbidden.
 */
let constantsAllowed = false

function allowConstantsBinding(): void {
  if (constantsAllowed) return
  constantsAllowed = true
  const internals = process as unknown as { binding(name: string): unknown }
  const forbidden = internals.binding.bind(process)
  internals.binding = (name) =>
    name === 'constants' ? { fs: fsConstants, os: osConstants } : forbidden(name)
}

async function loadPyodide(
  snapshot?: Uint8Array | Promise<Uint8Array>,
  makeSnapshot = false,
): Promise<PyodideAPI> {
  if ((process as { permission?: unknown }).permission) allowConstantsBinding()
  const pyodide = (await import(pyodideModule)) as typeof import('pyodide')
  return pyodide.loadPyodide({
    ...pyodideBootOptions,
    ...(snapshot ? { _loadSnapshot: snapshot } : {}),
    ...(makeSnapshot ? { _makeSnapshot: true } : {}),
  })
}

/**
 * A process that boots for one job (`looplab run`, each submission of `looplab grade`) would spend
 * ~0.2 s of CPU in V8 optimising Pyodide's WebAssembly in the background while the snapshot
 * restores, for code the job barely runs: keep it on the baseline compiler (docs/performance.md).
 * Flags are process-wide and read when WebAssembly compiles, so this must come first.
 */
function keepBaselineWasm(): void {
  setFlagsFromString('--liftoff-only')
}

async function bootFromSnapshot(dir: string, lap: Lap): Promise<Booted> {
  let note: string | undefined
  const cached = readSnapshot(dir)
  if (cached) {
    try {
      // Read while Pyodide loads its own files and compiles; a failed read rejects loadPyodide.
      const arriving = cached.then((bytes) => {
        lap('read snapshot')
        return bytes
      })
      arriving.catch(() => undefined) // also seen by loadPyodide; never an unhandled rejection
      const py = await loadPyodide(arriving)
      lap('restore snapshot')
      refreshAfterSnapshot(py)
      return { py, mode: 'snapshot' }
    } catch (error) {
      discardSnapshot(dir)
      note = `cached snapshot unusable (${String(error)}); remade`
    }
  }
  // The instance that makes a snapshot is unusable afterwards: make it, then load it.
  const maker = await loadPyodide(undefined, true)
  installHarness(maker)
  warmUp(harnessRunner(maker))
  const bytes = maker.makeMemorySnapshot()
  writeSnapshot(dir, bytes)
  const py = await loadPyodide(bytes)
  refreshAfterSnapshot(py)
  return { py, mode: 'made-snapshot', note }
}

async function boot(message: Extract<ToWorker, { type: 'boot' }>, lap: Lap): Promise<Booted> {
  if (message.warmUp === false) keepBaselineWasm()
  if (message.snapshot && message.snapshotDir) {
    try {
      return await bootFromSnapshot(message.snapshotDir, lap)
    } catch (error) {
      const py = await loadPyodide()
      installHarness(py)
      return { py, mode: 'normal', note: `snapshot failed (${String(error)}); booted normally` }
    }
  }
  const py = await loadPyodide()
  installHarness(py)
  return { py, mode: 'normal' }
}

const session = workerSession(send)

port.on('message', async (message: ToWorker) => {
  switch (message.type) {
    case 'boot':
      await session.boot(message, (lap) => boot(message, lap))
      return
    case 'run':
      session.run(message)
      return
  }
})
