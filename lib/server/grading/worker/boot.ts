/**
 * Boots Pyodide for grading: from the memory snapshot the primer made (~0.3 s), or normally
 * (~2 s) when there is none. Priming makes that snapshot; it is the only step allowed to write.
 */
import { constants as fsConstants } from 'node:fs'
import { constants as osConstants } from 'node:os'
import type { PyodideAPI } from 'pyodide'
import {
  harnessRunner,
  installHarness,
  pyodideBootOptions,
  refreshAfterSnapshot,
  strayOutput,
} from '@/runtime/src/engines/pyodide/host'
import { warmUp } from '@/runtime/src/engines/pyodide/warm-up'
import { readSnapshot, writeSnapshot } from '@/runtime/src/engines/pyodide-node/snapshot-cache'

/**
 * Pyodide's NODEFS reads open() flags through process.binding('constants'), which the permission
 * model forbids (process.binding reaches internals). Those constants are public as fs.constants:
 * answer that one call and leave every other binding forbidden.
 */
function allowConstantsBinding(): void {
  const internals = process as unknown as { binding(name: string): unknown }
  const forbidden = internals.binding.bind(process)
  internals.binding = (name) =>
    name === 'constants' ? { fs: fsConstants, os: osConstants } : forbidden(name)
}

async function loadPyodide(options: { snapshot?: Uint8Array; make?: boolean } = {}) {
  if (process.permission) allowConstantsBinding()
  const pyodide = await import('pyodide')
  return pyodide.loadPyodide({
    ...pyodideBootOptions,
    ...(options.snapshot ? { _loadSnapshot: options.snapshot } : {}),
    ...(options.make ? { _makeSnapshot: true } : {}),
  })
}

export type BootedPyodide = { py: PyodideAPI; fromSnapshot: boolean }

export async function bootForGrading(snapshotDir: string): Promise<BootedPyodide> {
  const snapshot = readSnapshot(snapshotDir)
  let py: PyodideAPI
  let fromSnapshot = false
  if (snapshot) {
    py = await loadPyodide({ snapshot })
    refreshAfterSnapshot(py)
    fromSnapshot = true
  } else {
    py = await loadPyodide()
    installHarness(py)
  }
  // Pyodide's own streams only carry what escapes the harness: keep it off the pool's pipes.
  strayOutput(py)
  // Compile the WASM the first grade would touch, so the first learner does not pay for it.
  warmUp(harnessRunner(py))
  return { py, fromSnapshot }
}

/** Makes the snapshot if there is none yet; returns whether it made one. */
export async function primeSnapshot(snapshotDir: string): Promise<boolean> {
  if (readSnapshot(snapshotDir)) return false
  // The instance that makes a snapshot is unusable afterwards.
  const maker = await loadPyodide({ make: true })
  installHarness(maker)
  warmUp(harnessRunner(maker))
  writeSnapshot(snapshotDir, maker.makeMemorySnapshot())
  return true
}
