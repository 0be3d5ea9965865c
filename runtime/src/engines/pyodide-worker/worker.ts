/**
 * The browser's Pyodide module worker (bundled to public/runtime/worker.mjs; Next cannot build
 * module workers). Pyodide comes from our own origin, /pyodide/<version>/, never a CDN. Boots from
 * the memory snapshot this browser made earlier when there is one, else normally.
 */
import type { PyodideAPI } from 'pyodide'
import type { BootProgress } from '../../engine'
import type { FromWorker, ToWorker } from '../pyodide/messages'
import {
  harnessRunner,
  installHarness,
  pyodideVersion,
  refreshAfterSnapshot,
  warmUp,
} from '../pyodide/host'
import { workerSession, type Booted } from '../pyodide/worker-session'
import { withPrefetchedAssets } from './assets'
import { discardSnapshot, loadSnapshot, saveSnapshot } from './snapshot-store'

type WorkerScope = {
  location: { origin: string }
  postMessage(message: FromWorker): void
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
}
const scope = globalThis as unknown as WorkerScope
const origin = scope.location.origin
const indexURL = `${origin}/pyodide/${pyodideVersion}/`

const send = (message: FromWorker) => scope.postMessage(message)
const report = (progress: BootProgress) => send({ type: 'progress', progress })

type LoadPyodide = (typeof import('pyodide'))['loadPyodide']
type LoadOptions = Parameters<LoadPyodide>[0]

async function loadPyodide(options: LoadOptions = {}): Promise<PyodideAPI> {
  const url = `${indexURL}pyodide.mjs`
  // A variable URL: no bundler may resolve or inline Pyodide; the browser loads it from our origin.
  const pyodide = (await import(/* webpackIgnore: true */ url)) as { loadPyodide: LoadPyodide }
  return pyodide.loadPyodide({ indexURL, ...options })
}

async function boot(useSnapshot: boolean): Promise<Booted> {
  const snapshot = useSnapshot ? await loadSnapshot(origin) : null
  if (snapshot) {
    try {
      const py = await withPrefetchedAssets(indexURL, report, 0.4, () => {
        report({ phase: 'snapshot', fraction: 0.4, message: 'Restoring Python…' })
        return loadPyodide({ _loadSnapshot: snapshot })
      })
      refreshAfterSnapshot(py)
      return { py, mode: 'snapshot' }
    } catch (error) {
      await discardSnapshot(origin)
      return { ...(await bootNormally()), note: `stored snapshot unusable (${String(error)})` }
    }
  }
  return bootNormally()
}

async function bootNormally(): Promise<Booted> {
  report({ phase: 'download', fraction: 0, message: 'Downloading Python…' })
  const py = await withPrefetchedAssets(indexURL, report, 0.5, () => {
    report({ phase: 'compile', fraction: 0.5, message: 'Starting Python…' })
    return loadPyodide()
  })
  report({ phase: 'harness', fraction: 0.9, message: 'Loading the LoopLab harness…' })
  installHarness(py)
  return { py, mode: 'normal' }
}

/** Runs in a throwaway worker: the instance that makes a snapshot is unusable afterwards. */
async function makeSnapshot(): Promise<void> {
  const started = performance.now()
  const maker = await withPrefetchedAssets(
    indexURL,
    () => undefined,
    0,
    () => loadPyodide({ _makeSnapshot: true }),
  )
  installHarness(maker)
  warmUp(harnessRunner(maker))
  const bytes = maker.makeMemorySnapshot()
  await saveSnapshot(origin, bytes)
  send({ type: 'snapshot-made', bytes: bytes.byteLength, ms: performance.now() - started })
}

const session = workerSession(send)

scope.onmessage = async (event) => {
  const message = event.data
  switch (message.type) {
    case 'boot':
      await session.boot(message, () => boot(message.snapshot))
      return
    case 'run':
      session.run(message)
      return
    case 'make-snapshot':
      try {
        await makeSnapshot()
      } catch (error) {
        send({ type: 'snapshot-failed', message: String(error) })
      }
      return
  }
}
