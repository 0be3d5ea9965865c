/**
 * The worker side shared by both Pyodide engines: puts the harness into a booted Pyodide and runs
 * requests through it. The harness is embedded in the worker bundle (see runtime/scripts/build.mjs),
 * so a worker never reads or fetches it.
 */
import type { PyodideAPI } from 'pyodide'
import { harnessFiles, harnessHash } from 'looplab:harness'

/** Outside the program's folder; the harness hides it from the program's sys.path. */
const harnessRoot = '/lib/looplab'

export const pyodideVersion = __PYODIDE_VERSION__

/** Set by runtime/scripts/build.mjs, which owns the number (bumped when a snapshot's recipe
 *  changes) and names the Node snapshot file the same way. */
const snapshotRecipe = __SNAPSHOT_RECIPE__

/** Changes whenever Pyodide, the harness or the recipe does: a snapshot is only valid for its own. */
export const snapshotKey = `pyodide-${pyodideVersion}-harness-${harnessHash}-r${snapshotRecipe}`

/**
 * The browser's snapshot: made in Node by the build (runtime/scripts/build.mjs, from the pyodide-node
 * engine's own), gzipped and served beside Pyodide's files. Pyodide's memory snapshots hold no
 * reference to the JS world that made them, so one made in Node restores in a browser worker.
 */
export const servedSnapshotFile = `${snapshotKey}.bin.gz`

/**
 * Options every Pyodide boot uses, made or restored, in Node or a browser: a snapshot carries
 * sys.executable, which would otherwise name the build machine's path to the Node worker.
 */
export const pyodideBootOptions = { _sysExecutable: 'python3' } as const

export function writeHarness(py: PyodideAPI): void {
  for (const [path, text] of Object.entries(harnessFiles)) {
    const target = `${harnessRoot}/${path}`
    py.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')))
    py.FS.writeFile(target, text)
  }
}

/** Writes and imports the harness; a snapshot taken afterwards boots with it already imported. */
export function installHarness(py: PyodideAPI): void {
  writeHarness(py)
  py.runPython(
    `import sys\nif ${JSON.stringify(harnessRoot)} not in sys.path: sys.path.append(${JSON.stringify(harnessRoot)})\nimport _looplab`,
  )
}

/** State frozen into a snapshot that must differ per boot. */
export function refreshAfterSnapshot(py: PyodideAPI): void {
  // The files live in the JS-side file system, which a snapshot does not carry.
  writeHarness(py)
  py.runPython('import random\nrandom.seed()')
  // Pyodide keeps the snapshot's bytes (~30 MB) referenced from its config otherwise.
  const internals = py as unknown as { _api?: { config?: { _loadSnapshot?: unknown } } }
  delete internals._api?.config?._loadSnapshot
}

export type HarnessRunner = {
  python: string
  run(requestJson: string): string
}

export function harnessRunner(py: PyodideAPI): HarnessRunner {
  const looplab = py.pyimport('_looplab')
  const runJson = looplab.run_json as (request: string) => string
  const python = String(py.runPython('import _looplab.runner as r\nr.python_label()'))
  return { python, run: (requestJson) => runJson(requestJson) }
}

/** Pyodide's own stdout/stderr only carry what escapes the harness (its bugs, or a program
 *  writing to file descriptor 1 itself): keep the last few kilobytes, never the whole stream —
 *  100 MB written to fd 1 must not fill the worker's heap. */
export function strayOutput(py: PyodideAPI): { text(): string } {
  const keepBytes = 8 * 1024
  let tail = new Uint8Array(0)
  const write = (buffer: Uint8Array) => {
    const joined = new Uint8Array(Math.min(keepBytes, tail.length + buffer.length))
    const fromBuffer = buffer.subarray(Math.max(0, buffer.length - joined.length))
    const fromTail = tail.subarray(tail.length - (joined.length - fromBuffer.length))
    joined.set(fromTail, 0)
    joined.set(fromBuffer, fromTail.length)
    tail = joined
    return buffer.length
  }
  py.setStdout({ write })
  py.setStderr({ write })
  return { text: () => new TextDecoder().decode(tail) }
}
