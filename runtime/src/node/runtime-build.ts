/**
 * Makes sure runtime/.build holds current bundles (the pyodide-node worker, the CLI) before Node
 * uses them. runtime/scripts/build.mjs does the work and skips it when no source changed.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runtimePackageRoot } from './package-root'

export type NodeBuildPaths = {
  cli: string
  nodeWorker: string
  sandboxRunner: string
  snapshots: string
  /** The snapshot file the current harness boots from (it may not exist yet). */
  snapshotFile: string
}

type BuildScript = {
  ensureBuilt(targets: ('node' | 'browser')[]): Promise<string[]>
  buildPaths: Omit<NodeBuildPaths, 'snapshotFile'>
  currentSnapshotFile(): string
}

export async function ensureNodeBuild(): Promise<NodeBuildPaths> {
  const script = pathToFileURL(join(runtimePackageRoot(), 'scripts', 'build.mjs')).href
  // A runtime path on purpose: bundlers must not pull the build script (and esbuild) in.
  const build = (await import(/* @vite-ignore */ /* webpackIgnore: true */ script)) as BuildScript
  await build.ensureBuilt(['node'])
  return { ...build.buildPaths, snapshotFile: build.currentSnapshotFile() }
}
