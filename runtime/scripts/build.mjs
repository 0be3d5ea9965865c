// Builds what the runtime needs at run time, only when its sources changed:
//   node    → runtime/.build/cli.mjs and runtime/.build/pyodide-node-worker.mjs
//   browser → public/runtime/worker.mjs and public/pyodide/<version>/ (copied from node_modules,
//             plus the memory snapshot browsers boot from, made here in Node)
// Usage: node runtime/scripts/build.mjs [--node] [--browser] [--force] (no flag = both).
// Node can't run .ts directly, and Next can't build module workers, so esbuild does both (~50 ms).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const runtimeRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = resolve(runtimeRoot, '..')
const buildDir = join(runtimeRoot, '.build')
const harnessDir = join(runtimeRoot, 'python', '_looplab')
const require = createRequire(join(runtimeRoot, 'package.json'))
const pyodideDir = dirname(require.resolve('pyodide/package.json'))
export const pyodideVersion = JSON.parse(
  readFileSync(join(pyodideDir, 'package.json'), 'utf8'),
).version
/** Bump when what goes into a snapshot changes (the makers in the two workers): the key of every
 *  snapshot changes with it, so no stale one is ever booted. */
export const snapshotRecipe = 5

/** The Pyodide files a browser needs to boot offline (no packages are loaded). */
const pyodideAssets = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
]

/** Every text file of the harness package, relative to runtime/python, sorted for a stable hash. */
function readHarnessFiles() {
  const files = {}
  const walk = (dir) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(path)
      } else if (!entry.name.endsWith('.pyc')) {
        files[relative(dirname(harnessDir), path).split('\\').join('/')] = readFileSync(
          path,
          'utf8',
        )
      }
    }
  }
  walk(harnessDir)
  return files
}

function sha256(text) {
  return createHash('sha256').update(text).digest('hex')
}

/** esbuild plugin: `import { harnessFiles, harnessHash } from 'looplab:harness'`. */
function harnessPlugin(harness) {
  return {
    name: 'looplab-harness',
    setup(build) {
      build.onResolve({ filter: /^looplab:harness$/ }, () => ({
        path: 'harness',
        namespace: 'looplab',
      }))
      build.onLoad({ filter: /.*/, namespace: 'looplab' }, () => ({
        contents:
          `export const harnessFiles = ${JSON.stringify(harness.files)}\n` +
          `export const harnessHash = ${JSON.stringify(harness.hash)}\n`,
        loader: 'js',
      }))
    },
  }
}

const targets = {
  node: [
    {
      entry: 'src/cli/main.ts',
      outfile: join(buildDir, 'cli.mjs'),
      platform: 'node',
      packages: 'external',
    },
    {
      entry: 'src/engines/pyodide-node/worker.ts',
      outfile: join(buildDir, 'pyodide-node-worker.mjs'),
      platform: 'node',
      packages: 'external',
    },
    {
      // Runs inside the OS sandbox, where resolving a package name would look through folders
      // it may not read: everything it needs is bundled in (Pyodide comes by absolute path).
      entry: 'src/sandbox/runner-main.ts',
      outfile: join(buildDir, 'sandbox-runner.mjs'),
      platform: 'node',
      external: ['pyodide'],
    },
  ],
  browser: [
    {
      entry: 'src/engines/pyodide-worker/worker.ts',
      outfile: join(repoRoot, 'public', 'runtime', 'worker.mjs'),
      platform: 'browser',
      assets: join(repoRoot, 'public', 'pyodide', pyodideVersion),
    },
  ],
}

function stampPath(target) {
  return join(buildDir, `${target}.stamp.json`)
}

/** Hash of everything a target's outputs depend on: the files esbuild read last time, the harness,
 *  this script, and the esbuild and Pyodide versions. */
function inputsHash(inputs, harness, esbuildVersion) {
  const hash = createHash('sha256')
  hash.update(`${esbuildVersion}\n${pyodideVersion}\n${harness.hash}\n`)
  hash.update(readFileSync(fileURLToPath(import.meta.url)))
  for (const input of inputs) {
    hash.update(`\n${input}\n`)
    const path = join(runtimeRoot, input)
    hash.update(existsSync(path) ? readFileSync(path) : 'missing')
  }
  return hash.digest('hex')
}

function isFresh(target, harness, esbuildVersion) {
  const path = stampPath(target)
  if (!existsSync(path)) return false
  const stamp = JSON.parse(readFileSync(path, 'utf8'))
  const outputsExist = stamp.outputs.every((output) => existsSync(join(repoRoot, output)))
  return outputsExist && stamp.hash === inputsHash(stamp.inputs, harness, esbuildVersion)
}

function copyAssets(destination) {
  mkdirSync(destination, { recursive: true })
  for (const file of pyodideAssets) {
    const from = join(pyodideDir, file)
    const to = join(destination, file)
    if (existsSync(to) && statSync(to).size === statSync(from).size) continue
    copyFileSync(from, `${to}.${process.pid}.tmp`)
    renameSync(`${to}.${process.pid}.tmp`, to)
  }
  return pyodideAssets.map((file) => join(destination, file))
}

/**
 * The snapshot browsers boot from: the pyodide-node engine's own (it makes one on its first boot
 * under runtime/.build/snapshots), gzipped beside Pyodide's files as <key>.bin.gz — the name the
 * worker asks for (host.ts servedSnapshotFile). ~30 MB of memory, ~6 MB to download.
 */
function serveSnapshot(destination) {
  // One run through the CLI boots the engine, which makes its snapshot if it has none for this
  // harness and recipe (and then deletes the others), or else boots from it.
  const dir = mkdtempSync(join(tmpdir(), 'looplab-snapshot-'))
  writeFileSync(join(dir, 'main.py'), 'print("ok")\n')
  const cli = join(runtimeRoot, 'bin', 'looplab.mjs')
  const done = spawnSync(process.execPath, [cli, 'run', join(dir, 'main.py')], { encoding: 'utf8' })
  rmSync(dir, { recursive: true, force: true })
  if (done.status !== 0) throw new Error(`making the Pyodide snapshot failed: ${done.stderr}`)
  const made = currentSnapshotFile()
  if (!existsSync(made)) throw new Error(`no Pyodide snapshot at ${made} after a boot`)
  const served = join(destination, `${made.slice(buildPaths.snapshots.length + 1)}.gz`)
  if (!existsSync(served)) {
    writeFileSync(`${served}.${process.pid}.tmp`, gzipSync(readFileSync(made), { level: 6 }))
    renameSync(`${served}.${process.pid}.tmp`, served)
  }
  // An older release's snapshot is only dead weight in the build.
  for (const name of readdirSync(destination)) {
    if (name.endsWith('.bin.gz') && join(destination, name) !== served)
      rmSync(join(destination, name), { force: true })
  }
  return served
}

async function buildTarget(target, harness, esbuild) {
  const inputs = new Set()
  const outputs = []
  for (const spec of targets[target]) {
    const result = await esbuild.build({
      entryPoints: [join(runtimeRoot, spec.entry)],
      outfile: spec.outfile,
      bundle: true,
      format: 'esm',
      platform: spec.platform,
      target: spec.platform === 'node' ? 'node20' : 'es2022',
      packages: spec.packages,
      external: spec.external,
      plugins: [harnessPlugin(harness)],
      define: {
        __PYODIDE_VERSION__: JSON.stringify(pyodideVersion),
        __SNAPSHOT_RECIPE__: JSON.stringify(snapshotRecipe),
      },
      metafile: true,
      sourcemap: 'linked',
      logLevel: 'warning',
      legalComments: 'none',
      write: false,
    })
    // Written through a temporary name: parallel test processes may build and import at once.
    for (const file of result.outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true })
      writeFileSync(`${file.path}.${process.pid}.tmp`, file.contents)
      renameSync(`${file.path}.${process.pid}.tmp`, file.path)
    }
    for (const input of Object.keys(result.metafile.inputs)) {
      if (input.startsWith('looplab:')) continue
      const absolute = resolve(process.cwd(), input)
      // Files inside node_modules are covered by the package versions in the hash.
      if (!absolute.includes(`${join('node_modules', '')}`)) {
        inputs.add(relative(runtimeRoot, absolute))
      }
    }
    outputs.push(spec.outfile, `${spec.outfile}.map`)
    if (spec.assets) {
      outputs.push(...copyAssets(spec.assets))
      await ensureBuilt(['node'])
      outputs.push(serveSnapshot(spec.assets))
    }
  }
  const sortedInputs = [...inputs].sort()
  mkdirSync(buildDir, { recursive: true })
  const stampTemp = `${stampPath(target)}.${process.pid}.tmp`
  writeFileSync(
    stampTemp,
    JSON.stringify({
      hash: inputsHash(sortedInputs, harness, esbuild.version),
      inputs: sortedInputs,
      outputs: outputs.map((output) => relative(repoRoot, output)),
    }),
  )
  renameSync(stampTemp, stampPath(target))
}

/** Builds the targets whose inputs changed; returns the names it rebuilt. */
export async function ensureBuilt(wanted = ['node', 'browser'], { force = false } = {}) {
  const files = readHarnessFiles()
  const harness = { files, hash: sha256(JSON.stringify(files)).slice(0, 16) }
  // Reading esbuild's version is enough to tell freshness; its API loads only to rebuild.
  const esbuildVersion = JSON.parse(
    readFileSync(require.resolve('esbuild/package.json'), 'utf8'),
  ).version
  const rebuilt = []
  for (const target of wanted) {
    if (!force && isFresh(target, harness, esbuildVersion)) continue
    await buildTarget(target, harness, require('esbuild'))
    rebuilt.push(target)
  }
  return rebuilt
}

/** The Node snapshot file for the harness as it is now (made on the first boot that needs it). */
export function currentSnapshotFile() {
  const files = readHarnessFiles()
  const hash = sha256(JSON.stringify(files)).slice(0, 16)
  return join(
    buildPaths.snapshots,
    `pyodide-${pyodideVersion}-harness-${hash}-r${snapshotRecipe}.bin`,
  )
}

export const buildPaths = {
  cli: join(buildDir, 'cli.mjs'),
  nodeWorker: join(buildDir, 'pyodide-node-worker.mjs'),
  sandboxRunner: join(buildDir, 'sandbox-runner.mjs'),
  snapshots: join(buildDir, 'snapshots'),
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const unknown = args.filter((arg) => !['--node', '--browser', '--force'].includes(arg))
  if (unknown.length > 0) {
    console.error(`build.mjs: unknown option ${unknown.join(' ')}`)
    console.error('usage: node runtime/scripts/build.mjs [--node] [--browser] [--force]')
    process.exit(2)
  }
  const wanted = ['node', 'browser'].filter((target) => args.includes(`--${target}`))
  const started = performance.now()
  const rebuilt = await ensureBuilt(wanted.length > 0 ? wanted : ['node', 'browser'], {
    force: args.includes('--force'),
  })
  const ms = Math.round(performance.now() - started)
  console.log(
    rebuilt.length > 0
      ? `runtime: built ${rebuilt.join(' + ')} in ${ms} ms`
      : `runtime: up to date (${ms} ms)`,
  )
}
