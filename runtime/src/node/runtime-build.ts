/**
 * Where the runtime's Node-side pieces are: the pyodide-node worker, the sandboxed runner, the
 * snapshot cache. In this repository runtime/scripts/build.mjs first rebuilds what a source change
 * made stale; an installed package (npm pack) carries them prebuilt in dist/, with a manifest.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runtimePackageRoot } from './package-root'

export type NodeBuildPaths = {
  nodeWorker: string
  sandboxRunner: string
  snapshots: string
  /** The snapshot file the current harness boots from (it may not exist yet). */
  snapshotFile: string
}

type BuildScript = {
  ensureBuilt(targets: ('package' | 'site')[]): Promise<string[]>
  currentSnapshotFile(): string
}

type Manifest = { snapshotFile: string }

export async function ensureNodeBuild(): Promise<NodeBuildPaths> {
  const root = runtimePackageRoot()
  const workers = join(root, 'dist', 'workers')
  const script = join(root, 'scripts', 'build.mjs')
  let snapshotName: string
  if (existsSync(script)) {
    // A runtime path on purpose: bundlers must not pull the build script (and esbuild) in.
    const url = pathToFileURL(script).href
    const build = (await import(/* @vite-ignore */ /* webpackIgnore: true */ url)) as BuildScript
    await build.ensureBuilt(['package'])
    snapshotName = build.currentSnapshotFile().split(/[\\/]/).pop() as string
  } else {
    const manifest = JSON.parse(readFileSync(join(workers, 'manifest.json'), 'utf8')) as Manifest
    snapshotName = manifest.snapshotFile
  }
  const snapshots = snapshotFolder(root)
  return {
    nodeWorker: join(workers, 'pyodide-node-worker.mjs'),
    sandboxRunner: join(workers, 'sandbox-runner.mjs'),
    snapshots,
    snapshotFile: join(snapshots, snapshotName),
  }
}

/** runtime/.build/snapshots, or a folder in the temp dir when the package's own is read-only. */
function snapshotFolder(root: string): string {
  const preferred = process.env.LOOPLAB_CACHE_DIR ?? join(root, '.build')
  for (const base of [preferred, join(tmpdir(), `looplab-${process.getuid?.() ?? 'user'}`)]) {
    try {
      mkdirSync(join(base, 'snapshots'), { recursive: true })
      accessSync(join(base, 'snapshots'), constants.W_OK)
      return join(base, 'snapshots')
    } catch {
      // not writable: try the next
    }
  }
  return join(preferred, 'snapshots')
}
