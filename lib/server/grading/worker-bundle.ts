/**
 * Bundles the grading process (worker/main.ts + the runtime + the grader) into one ES module under
 * .data/grader/, because Node 20 cannot run TypeScript and the process may read only a few folders.
 * The file name carries the bundle's hash, so a changed grader never runs a stale bundle and
 * parallel servers never overwrite each other's file mid-read.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'esbuild'

export type GraderPaths = {
  /** The bundled grading process. */
  script: string
  /** Where its Pyodide memory snapshot lives. */
  snapshots: string
  /** Folders the grading process may read (and nothing else). */
  readable: string[]
}

function harnessFiles(harnessRoot: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(full)
      } else if (!entry.name.endsWith('.pyc')) {
        files[path.relative(path.dirname(harnessRoot), full).split(path.sep).join('/')] =
          readFileSync(full, 'utf8')
      }
    }
  }
  walk(harnessRoot)
  return files
}

/** `looplab:harness`, as runtime/scripts/build.mjs provides it to the runtime's own workers. */
function harnessPlugin(harnessRoot: string): Plugin {
  return {
    name: 'looplab-harness',
    setup(build) {
      build.onResolve({ filter: /^looplab:harness$/ }, () => ({ path: 'h', namespace: 'looplab' }))
      build.onLoad({ filter: /.*/, namespace: 'looplab' }, () => {
        const files = harnessFiles(harnessRoot)
        const hash = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16)
        return {
          contents: `export const harnessFiles = ${JSON.stringify(files)}\nexport const harnessHash = ${JSON.stringify(hash)}\n`,
          loader: 'js',
        }
      })
    },
  }
}

/** Bundles of earlier versions, once no server started recently could still be using them. */
function pruneOldBundles(dir: string, current: string): void {
  const hourAgo = Date.now() - 60 * 60 * 1000
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (!/^worker-[0-9a-f]+\.mjs$/.test(name) || file === current) continue
    try {
      if (statSync(file).mtimeMs < hourAgo) rmSync(file, { force: true })
    } catch {
      // Another server pruned it first.
    }
  }
}

/** Imports Pyodide by absolute URL: resolving a bare name would stat folders the process may not read. */
function absolutePyodide(entry: string): Plugin {
  return {
    name: 'absolute-pyodide',
    setup(build) {
      build.onResolve({ filter: /^pyodide$/ }, () => ({
        path: pathToFileURL(entry).href,
        external: true,
      }))
    },
  }
}

export type BundleOverrides = {
  /** Module to use for `@/runtime/src/grade` (pool tests grade with a fixture). */
  gradeModule?: string
}

const builds = new Map<string, Promise<GraderPaths>>()

export function ensureGraderBundle(
  repoRoot: string,
  overrides: BundleOverrides = {},
): Promise<GraderPaths> {
  const key = JSON.stringify([repoRoot, overrides])
  let building = builds.get(key)
  if (!building) {
    building = buildGrader(repoRoot, overrides)
    building.catch(() => builds.delete(key))
    builds.set(key, building)
  }
  return building
}

async function buildGrader(repoRoot: string, overrides: BundleOverrides): Promise<GraderPaths> {
  // A runtime specifier: the web server's bundler must leave esbuild alone.
  const esbuildName = 'esbuild'
  const esbuild = (await import(/* webpackIgnore: true */ esbuildName)) as typeof import('esbuild')
  const require = createRequire(path.join(repoRoot, 'package.json'))
  const pyodideDir = path.dirname(require.resolve('pyodide/package.json'))
  const pyodideVersion = (
    JSON.parse(readFileSync(path.join(pyodideDir, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version
  const result = await esbuild.build({
    entryPoints: [path.join(repoRoot, 'lib/server/grading/worker/main.ts')],
    absWorkingDir: repoRoot,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: {
      ...(overrides.gradeModule ? { '@/runtime/src/grade': overrides.gradeModule } : {}),
      '@': repoRoot,
    },
    plugins: [
      harnessPlugin(path.join(repoRoot, 'runtime/python/_looplab')),
      absolutePyodide(path.join(pyodideDir, 'pyodide.mjs')),
    ],
    define: { __PYODIDE_VERSION__: JSON.stringify(pyodideVersion), __SNAPSHOT_RECIPE__: '5' },
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
  })
  const bundle = result.outputFiles[0]
  if (!bundle) throw new Error('esbuild produced no grading bundle')
  const dir = path.join(repoRoot, '.data', 'grader')
  const hash = createHash('sha256').update(bundle.contents).digest('hex').slice(0, 12)
  const script = path.join(dir, `worker-${hash}.mjs`)
  if (!existsSync(script)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(`${script}.${process.pid}.tmp`, bundle.contents)
    renameSync(`${script}.${process.pid}.tmp`, script)
    pruneOldBundles(dir, script)
  }
  return {
    script,
    snapshots: path.join(dir, 'snapshots'),
    // The bundle, and Pyodide's own files; not the repository, .data's database or any secrets.
    readable: [script, path.join(dir, 'snapshots'), pyodideDir],
  }
}
