/**
 * The browser's Pyodide module worker (bundled to public/runtime/worker.mjs; Next cannot build
 * module workers). Pyodide comes from our own origin, /pyodide/<version>/, never a CDN. Boots from
 * the memory snapshot the site serves beside it when there is one, else normally.
 */
import type { PyodideAPI } from 'pyodide'
import type { BootProgress } from '../../engine'
import type { FromWorker, ToWorker } from '../pyodide/messages'
import {
  installHarness,
  pyodideBootOptions,
  pyodideVersion,
  refreshAfterSnapshot,
  servedSnapshotFile,
} from '../pyodide/host'
import { workerSession, type Booted, type Lap } from '../pyodide/worker-session'
import { withPrefetchedAssets } from './assets'
import { fetchServedSnapshot } from './served-snapshot'
import { dropSnapshotCopy, keepSnapshotCopy, openSnapshotCopy } from './snapshot-copy'
import { hardenRealm } from '../pyodide/realm'
import { giveUpCapabilities } from './capabilities'

// Before Pyodide is ever imported (eval is refused by the worker's CSP: SECURITY.md).
hardenRealm({ refuseEval: false })

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
  return pyodide.loadPyodide({ indexURL, ...pyodideBootOptions, ...options })
}

async function boot(useSnapshot: boolean, lap: Lap): Promise<Booted> {
  if (!useSnapshot) return bootNormally(lap)
  let note: string
  const copy = await openSnapshotCopy(origin, servedSnapshotFile)
  try {
    report({ phase: 'download', fraction: 0, message: 'Downloading Python…' })
    const bytes = copy
      ? copy.bytes
      : (await fetchServedSnapshot(`${indexURL}${servedSnapshotFile}`, report, 0.8))?.bytes
    if (bytes) {
      // A damaged download rejects `bytes`; that surfaces through loadPyodide below, to the
      // catch that boots normally. Marked handled here so it is never also an uncaught error.
      bytes.catch(() => undefined)
      // Pyodide fetches and compiles its WebAssembly while the snapshot is still arriving. It
      // fetches it itself, straight from the HTTP cache on a return visit, where the browser
      // also keeps the compiled code.
      const py = await loadPyodide({
        _loadSnapshot: bytes.then((arrived) => {
          lap(copy ? 'read snapshot copy' : 'download snapshot')
          report({ phase: 'snapshot', fraction: 0.8, message: 'Restoring Python…' })
          return arrived
        }),
      })
      lap('restore snapshot')
      refreshAfterSnapshot(py)
      lap('refresh')
      if (!copy) void bytes.then((arrived) => keepSnapshotCopy(origin, servedSnapshotFile, arrived))
      return { py, mode: 'snapshot' }
    }
    note = 'the site serves no snapshot for this release'
  } catch (error) {
    if (copy) await dropSnapshotCopy(origin, servedSnapshotFile)
    note = `the snapshot failed (${String(error)})`
  }
  lap('snapshot failed')
  return { ...(await bootNormally(lap)), note }
}

async function bootNormally(lap: Lap): Promise<Booted> {
  report({ phase: 'download', fraction: 0, message: 'Downloading Python…' })
  const py = await withPrefetchedAssets(indexURL, report, 0.5, () => {
    lap('download')
    report({ phase: 'compile', fraction: 0.5, message: 'Starting Python…' })
    return loadPyodide()
  })
  lap('start python')
  report({ phase: 'harness', fraction: 0.9, message: 'Loading the LoopLab harness…' })
  installHarness(py)
  lap('install harness')
  return { py, mode: 'normal' }
}

const session = workerSession(send)

scope.onmessage = async (event) => {
  const message = event.data
  switch (message.type) {
    case 'boot':
      await session.boot(message, (lap) => boot(message.snapshot, lap))
      // Before the first run (queued behind this handler): no network, no storage from here on.
      giveUpCapabilities(scope)
      return
    case 'run':
      session.run(message)
      return
  }
}
