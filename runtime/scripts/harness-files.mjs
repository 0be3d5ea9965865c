// The Python harness as every build and dev tool sees it: one walk of runtime/python/_looplab
// (sources and data files, no caches), in a stable order, and its hash. The workers embed these
// files (esbuild plugin `looplab:harness`); the dev scripts write them into a Pyodide of their own.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const harnessDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'python',
  '_looplab',
)

/** { "_looplab/runner.py": text, … }: paths relative to runtime/python, sorted. */
export function readHarnessFiles(dir = harnessDir) {
  const files = {}
  const walk = (folder) => {
    if (!existsSync(folder)) return
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(path)
      } else if (!entry.name.endsWith('.pyc')) {
        files[relative(dirname(dir), path).split('\\').join('/')] = readFileSync(path, 'utf8')
      }
    }
  }
  walk(dir)
  return files
}

/** The harness and its hash (16 hex digits): what a snapshot key and a bundle depend on. */
export function readHarness(dir = harnessDir) {
  const files = readHarnessFiles(dir)
  const hash = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16)
  return { files, hash }
}

/** esbuild plugin: `import { harnessFiles, harnessHash } from 'looplab:harness'`. */
export function harnessPlugin(harness) {
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
