// Packs what a workspace mounts (lib/workspace/site-files.ts) into the site's public/workspace/:
// @looplab/runtime and its JavaScript dependencies but Pyodide, each as `npm pack` makes it, and
// a manifest naming them and the Pyodide files the site already serves under /pyodide/<version>/
// (runtime/scripts/build.mjs --site). Run after that build: `npm run build` and `npm run dev` do.
// Usage: node lib/workspace/pack-for-site.mjs [--out DIR]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const runtimeRoot = join(repoRoot, 'runtime')
const modules = join(repoRoot, 'node_modules')
/** What Node needs of Pyodide to boot (no packages are loaded); build.mjs serves these. */
export const pyodideFiles = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
]

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

/** The runtime's dependencies and theirs, Pyodide's own left out (its files come apart). */
function dependencyFolders() {
  const found = new Set()
  const queue = Object.keys(readJson(join(runtimeRoot, 'package.json')).dependencies ?? {})
  while (queue.length) {
    const name = queue.shift()
    if (name === 'pyodide' || found.has(name)) continue
    found.add(name)
    queue.push(...Object.keys(readJson(join(modules, name, 'package.json')).dependencies ?? {}))
  }
  return [...found].map((name) => join(modules, name))
}

function pack(folder, destination) {
  const out = execFileSync('npm', ['pack', folder, '--pack-destination', destination, '--json'], {
    cwd: destination,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  })
  const [{ name, version, filename }] = JSON.parse(out)
  const file = filename.replace(/^@/, '').replace(/\//g, '-')
  if (file !== filename) renameSync(join(destination, filename), join(destination, file))
  return { name, version, file, bytes: statSync(join(destination, file)).size }
}

export function packForSite(out) {
  const pyodide = readJson(join(modules, 'pyodide', 'package.json'))
  const served = join(repoRoot, 'public', 'pyodide', pyodide.version)
  const missing = pyodideFiles.filter((name) => !existsSync(join(served, name)))
  if (missing.length) {
    throw new Error(
      `${served} lacks ${missing.join(', ')}: run node runtime/scripts/build.mjs --site`,
    )
  }
  mkdirSync(out, { recursive: true })
  for (const name of readdirSync(out)) if (name.endsWith('.tgz')) rmSync(join(out, name))
  const manifest = {
    runtime: pack(runtimeRoot, out),
    dependencies: dependencyFolders().map((folder) => pack(folder, out)),
    pyodide: {
      version: pyodide.version,
      packageJson: readFileSync(join(modules, 'pyodide', 'package.json'), 'utf8'),
      files: pyodideFiles,
    },
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out')
  const out = at === -1 ? join(repoRoot, 'public', 'workspace') : resolve(process.argv[at + 1])
  const manifest = packForSite(out)
  const tarballs = [manifest.runtime, ...manifest.dependencies]
  const kib = Math.round(tarballs.reduce((sum, t) => sum + t.bytes, 0) / 1024)
  console.log(`workspace: packed ${tarballs.map((t) => t.file).join(', ')} (${kib} KiB)`)
}
