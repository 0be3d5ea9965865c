/**
 * Where a sandboxed runner's files are: its bundle, its worker, Pyodide, the snapshot folder. In
 * this repository a stale build is rebuilt first (runtime-build.ts).
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { runtimePackageRoot } from '../node/package-root'
import { ensureNodeBuild } from '../node/runtime-build'
import type { RunnerPaths } from './runner-launch'

export type LocatedRunner = {
  paths: RunnerPaths
  /** The snapshot the runner boots from; it may not have been made yet. */
  snapshotFile: string
}

export async function locateRunner(): Promise<LocatedRunner> {
  const build = await ensureNodeBuild()
  const require = createRequire(join(runtimePackageRoot(), 'package.json'))
  const pyodideModule = require.resolve('pyodide/pyodide.mjs')
  return {
    paths: {
      runner: build.sandboxRunner,
      worker: build.nodeWorker,
      pyodideModule,
      pyodideDir: dirname(pyodideModule),
      snapshots: build.snapshots,
    },
    snapshotFile: build.snapshotFile,
  }
}
