/**
 * The pyodide-node engine's worker_threads entry (bundled to runtime/.build/pyodide-node-worker.mjs).
 * Boots Pyodide once — from a cached memory snapshot when it can — then runs requests one by one.
 */
import { parentPort } from 'node:worker_threads'
import type { PyodideAPI } from 'pyodide'
import type { FromWorker, ToWorker } from '../pyodide/messages'
import {
  harnessRunner,
  installHarness,
  refreshAfterSnapshot,
  strayOutput,
  type HarnessRunner,
  warmUp,
} from '../pyodide/host'
import { discardSnapshot, readSnapshot, writeSnapshot } from './snapshot-cache'
import type { BootMode } from '../pyodide/messages'

type Booted = { py: PyodideAPI; mode: BootMode; note?: string }

const port = parentPort
if (!port) throw new Error('pyodide-node worker: must run inside worker_threads')
const send = (message: FromWorker) => port.postMessage(message)

async function loadPyodide(snapshot?: Uint8Array, makeSnapshot = false): Promise<PyodideAPI> {
  const pyodide = await import('pyodide')
  return pyodide.loadPyodide({
    ...(snapshot ? { _loadSnapshot: snapshot } : {}),
    ...(makeSnapshot ? { _makeSnapshot: true } : {}),
  })
}

async function bootFromSnapshot(dir: string): Promise<Booted> {
  let note: string | undefined
  const cached = readSnapshot(dir)
  if (cached) {
    try {
      const py = await loadPyodide(cached)
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

async function boot(message: Extract<ToWorker, { type: 'boot' }>): Promise<Booted> {
  if (message.snapshot && message.snapshotDir) {
    try {
      return await bootFromSnapshot(message.snapshotDir)
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

let runner: HarnessRunner | null = null
let stray: { text(): string } | null = null

port.on('message', async (message: ToWorker) => {
  switch (message.type) {
    case 'boot': {
      const started = performance.now()
      try {
        const { py, mode, note } = await boot(message)
        if (message.interruptBuffer) py.setInterruptBuffer(new Int32Array(message.interruptBuffer))
        stray = strayOutput(py)
        runner = harnessRunner(py)
        // The first run after a boot pays for compiling the WASM it touches (~0.3 s after a
        // snapshot boot): pay it now, so the learner's first Run is as fast as the rest.
        warmUp(runner)
        const bootMs = performance.now() - started
        send({ type: 'ready', python: runner.python, bootMs, mode, note })
      } catch (error) {
        send({ type: 'boot-failed', message: String(error) })
      }
      return
    }
    case 'run': {
      if (!runner) {
        send({ type: 'run-failed', id: message.id, message: 'the runtime has not booted' })
        return
      }
      try {
        send({ type: 'result', id: message.id, json: runner.run(message.request) })
      } catch (error) {
        const tail = stray?.text()
        send({
          type: 'run-failed',
          id: message.id,
          message: tail ? `${error}\n${tail}` : String(error),
        })
      }
      return
    }
    case 'make-snapshot':
      // Node makes its snapshot while booting (see boot()); there is no separate maker.
      send({ type: 'snapshot-failed', message: 'not used in Node' })
      return
  }
})
