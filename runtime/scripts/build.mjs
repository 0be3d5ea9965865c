// Builds @looplab/runtime, only what changed since the last build:
//   package → runtime/dist/: one module per entry point of package.json "exports" (Node entries
//             and browser entries are built apart, so a browser entry never pulls in Node), the
//             CLI, the workers (harness embedded), their manifest, and the type declarations
//   site    → what the Next app serves: public/runtime/worker.mjs, public/pyodide/<version>/
//             (Pyodide's files from node_modules, plus the memory snapshot browsers boot from,
//             made here in Node)
// Usage: node runtime/scripts/build.mjs [--package] [--site] [--force] (no flag = both).
// Node can't run .ts directly and Next can't build module workers: esbuild does both (~1 s), tsc
// the declarations (~10 s, only when a source changed).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { harnessPlugin, readHarness } from './harness-files.mjs'

const runtimeRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = resolve(runtimeRoot, '..')
const buildDir = join(runtimeRoot, '.build')
const distDir = join(runtimeRoot, 'dist')
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

export const buildPaths = {
  dist: distDir,
  cli: join(distDir, 'cli.js'),
  nodeWorker: join(distDir, 'workers', 'pyodide-node-worker.mjs'),
  sandboxRunner: join(distDir, 'workers', 'sandbox-runner.mjs'),
  browserWorker: join(distDir, 'workers', 'browser-worker.mjs'),
  manifest: join(distDir, 'workers', 'manifest.json'),
  snapshots: join(buildDir, 'snapshots'),
}

function snapshotFileName(harnessHash) {
  return `pyodide-${pyodideVersion}-harness-${harnessHash}-r${snapshotRecipe}.bin`
}

/** The Node snapshot file for the harness as it is now (made on the first boot that needs it). */
export function currentSnapshotFile() {
  return join(buildPaths.snapshots, snapshotFileName(readHarness().hash))
}

// Node's built-ins stay imports; CommonJS dependencies bundled into ESM still call require().
const nodeBanner = {
  js: "import { createRequire as __looplabRequire } from 'node:module'\nconst require = __looplabRequire(import.meta.url)",
}

/** The package's entry points (package.json "exports"), by platform. */
const packageBuilds = [
  {
    platform: 'node',
    entryPoints: {
      cli: 'src/cli/main.ts',
      'cli-prestart': 'src/cli/prestart.ts',
      content: 'src/content/index.ts',
      grade: 'src/grade/node.ts',
      verify: 'src/verify/index.ts',
      'engines/node': 'src/engines/node.ts',
      sandbox: 'src/sandbox/index.ts',
      testing: 'src/testing/index.ts',
    },
    splitting: true,
    chunkNames: 'chunks/node-[hash]',
    external: ['pyodide', 'zod'],
    banner: nodeBanner,
  },
  {
    platform: 'browser',
    entryPoints: { index: 'src/index.ts', 'engines/browser': 'src/engines/browser.ts' },
    splitting: true,
    chunkNames: 'chunks/web-[hash]',
    external: ['pyodide', 'zod'],
  },
  {
    platform: 'node',
    entryPoints: { 'workers/pyodide-node-worker': 'src/engines/pyodide-node/worker.ts' },
    outExtension: { '.js': '.mjs' },
    external: ['pyodide'],
    banner: nodeBanner,
  },
  {
    // Runs inside the OS sandbox, where resolving a package name would look through folders it
    // may not read: everything is bundled in (Pyodide comes by absolute path).
    platform: 'node',
    entryPoints: { 'workers/sandbox-runner': 'src/sandbox/runner-main.ts' },
    outExtension: { '.js': '.mjs' },
    external: ['pyodide'],
    banner: nodeBanner,
  },
  {
    platform: 'browser',
    entryPoints: { 'workers/browser-worker': 'src/engines/pyodide-worker/worker.ts' },
    outExtension: { '.js': '.mjs' },
  },
]

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

function writeStamp(target, inputs, outputs, harness, esbuildVersion) {
  const sortedInputs = [...inputs].sort()
  mkdirSync(buildDir, { recursive: true })
  const temporary = `${stampPath(target)}.${process.pid}.tmp`
  writeFileSync(
    temporary,
    JSON.stringify({
      hash: inputsHash(sortedInputs, harness, esbuildVersion),
      inputs: sortedInputs,
      outputs: outputs.map((output) => relative(repoRoot, output)),
    }),
  )
  renameSync(temporary, stampPath(target))
}

/** Writes through a temporary name: parallel processes may build and import at once. */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(`${path}.${process.pid}.tmp`, contents)
  renameSync(`${path}.${process.pid}.tmp`, path)
}

async function buildPackage(harness, esbuild) {
  const next = join(distDir, `.next-${process.pid}`)
  try {
    return await buildPackageInto(next, harness, esbuild)
  } finally {
    rmSync(next, { recursive: true, force: true })
  }
}

async function buildPackageInto(next, harness, esbuild) {
  const inputs = new Set()
  const outputs = []
  rmSync(next, { recursive: true, force: true })
  for (const spec of packageBuilds) {
    const result = await esbuild.build({
      ...spec,
      absWorkingDir: runtimeRoot,
      outdir: next,
      bundle: true,
      format: 'esm',
      target: spec.platform === 'node' ? 'node20' : 'es2022',
      plugins: [harnessPlugin(harness)],
      define: {
        __PYODIDE_VERSION__: JSON.stringify(pyodideVersion),
        __SNAPSHOT_RECIPE__: JSON.stringify(snapshotRecipe),
      },
      metafile: true,
      sourcemap: 'linked',
      logLevel: 'warning',
      legalComments: 'none',
    })
    for (const input of Object.keys(result.metafile.inputs)) {
      if (input.startsWith('looplab:') || input.includes('node_modules')) continue
      inputs.add(relative(runtimeRoot, resolve(runtimeRoot, input)))
    }
  }
  const manifest = {
    pyodideVersion,
    snapshotRecipe,
    harnessHash: harness.hash,
    snapshotFile: snapshotFileName(harness.hash),
  }
  writeFileSync(join(next, 'workers', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  // Declarations, for TypeScript consumers of every entry point.
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(runtimeRoot, 'tsconfig.build.json')],
    { encoding: 'utf8', cwd: runtimeRoot },
  )
  if (tsc.status !== 0) throw new Error(`type declarations failed:\n${tsc.stdout}${tsc.stderr}`)
  // Swap the new build in whole, keeping the folder the declarations were written to.
  const types = join(distDir, 'types')
  const keptTypes = existsSync(types) ? readdirSync(types).length : 0
  for (const name of existsSync(distDir) ? readdirSync(distDir) : []) {
    if (name !== 'types' && !name.startsWith('.next-')) {
      rmSync(join(distDir, name), { recursive: true, force: true })
    }
  }
  for (const name of readdirSync(next)) renameSync(join(next, name), join(distDir, name))
  if (!keptTypes && !existsSync(types)) throw new Error('tsc wrote no declarations')
  for (const file of Object.values(buildPaths)) {
    if (file.startsWith(distDir) && file !== distDir) outputs.push(file)
  }
  return { inputs, outputs }
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
  // One run through the CLI makes it if there is none for this harness and recipe.
  const dir = mkdtempSync(join(tmpdir(), 'looplab-snapshot-'))
  writeFileSync(join(dir, 'main.py'), 'print("ok")\n')
  const cli = join(runtimeRoot, 'bin', 'looplab.mjs')
  const done = spawnSync(process.execPath, [cli, 'run', join(dir, 'main.py')], { encoding: 'utf8' })
  rmSync(dir, { recursive: true, force: true })
  if (done.status !== 0) throw new Error(`making the Pyodide snapshot failed: ${done.stderr}`)
  const made = currentSnapshotFile()
  if (!existsSync(made)) throw new Error(`no Pyodide snapshot at ${made} after a boot`)
  const served = join(destination, `${made.slice(buildPaths.snapshots.length + 1)}.gz`)
  if (!existsSync(served)) writeAtomically(served, gzipSync(readFileSync(made), { level: 6 }))
  // An older release's snapshot is only dead weight in the build.
  for (const name of readdirSync(destination)) {
    if (name.endsWith('.bin.gz') && join(destination, name) !== served)
      rmSync(join(destination, name), { force: true })
  }
  return served
}

async function buildSite() {
  const worker = join(repoRoot, 'public', 'runtime', 'worker.mjs')
  writeAtomically(worker, readFileSync(buildPaths.browserWorker))
  const assets = join(repoRoot, 'public', 'pyodide', pyodideVersion)
  const outputs = [worker, ...copyAssets(assets), serveSnapshot(assets)]
  return { inputs: new Set(), outputs }
}

/** When each target was last found fresh in this process. One CLI command asks up to three
 *  times within a fraction of a second (its entry, the runner it starts early, the engine), and
 *  each check hashes every source (~25 ms); a long-lived process still sees an edit soon after. */
const checkedFresh = new Map()
const freshForMs = 2_000

/** Builds the targets whose inputs changed; returns the names it rebuilt. */
export async function ensureBuilt(wanted = ['package', 'site'], { force = false } = {}) {
  const now = performance.now()
  if (
    !force &&
    wanted.every((target) => now - (checkedFresh.get(target) ?? -Infinity) < freshForMs)
  ) {
    return []
  }
  const harness = readHarness()
  // Reading esbuild's version is enough to tell freshness; its API loads only to rebuild.
  const esbuildVersion = JSON.parse(
    readFileSync(require.resolve('esbuild/package.json'), 'utf8'),
  ).version
  const rebuilt = []
  // The site is made from the package: build the package first whenever the site is wanted.
  const targets = wanted.includes('site')
    ? ['package', ...wanted.filter((t) => t !== 'package')]
    : wanted
  for (const target of targets) {
    if (!force && isFresh(target, harness, esbuildVersion)) {
      checkedFresh.set(target, performance.now())
      continue
    }
    const { inputs, outputs } =
      target === 'package' ? await buildPackage(harness, require('esbuild')) : await buildSite()
    // The site's inputs are the package's outputs.
    const siteInputs = target === 'site' ? [relative(runtimeRoot, buildPaths.browserWorker)] : []
    writeStamp(target, [...inputs, ...siteInputs], outputs, harness, esbuildVersion)
    checkedFresh.set(target, performance.now())
    rebuilt.push(target)
  }
  return rebuilt
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const unknown = args.filter((arg) => !['--package', '--site', '--force'].includes(arg))
  if (unknown.length > 0) {
    console.error(`build.mjs: unknown option ${unknown.join(' ')}`)
    console.error('usage: node runtime/scripts/build.mjs [--package] [--site] [--force]')
    process.exit(2)
  }
  const wanted = ['package', 'site'].filter((target) => args.includes(`--${target}`))
  const started = performance.now()
  const rebuilt = await ensureBuilt(wanted.length > 0 ? wanted : ['package', 'site'], {
    force: args.includes('--force'),
  })
  const ms = Math.round(performance.now() - started)
  console.log(
    rebuilt.length > 0
      ? `runtime: built ${rebuilt.join(' + ')} in ${ms} ms`
      : `runtime: up to date (${ms} ms)`,
  )
}
