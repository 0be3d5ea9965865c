/**
 * The browser entry points (docs/architecture.md, "Entry points") must never pull in Node: each is
 * bundled here for the browser, and every import that names a Node built-in is a failure. The
 * check is first shown to catch one, on a Node entry point.
 */
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'

const runtimeRoot = fileURLToPath(new URL('..', import.meta.url))
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

const browserEntries = [
  'src/index.ts',
  'src/engines/browser.ts',
  'src/engines/pyodide-worker/worker.ts',
]

/** Every Node built-in the bundle of `entry` imports, as "importer → module". */
async function nodeImportsOf(entry: string): Promise<string[]> {
  const found: string[] = []
  await esbuild.build({
    absWorkingDir: runtimeRoot,
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    // The package's declared externals, and the harness files the build script inlines.
    external: ['pyodide', 'zod', 'looplab:*'],
    define: { __PYODIDE_VERSION__: '"test"', __SNAPSHOT_RECIPE__: '"test"' },
    plugins: [
      {
        name: 'node-builtins',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (!nodeBuiltins.has(args.path)) return undefined
            found.push(`${args.importer.replace(runtimeRoot, '')} → ${args.path}`)
            return { path: args.path, external: true }
          })
        },
      },
    ],
  })
  return found
}

describe('browser entry points', () => {
  it('the check finds the Node built-ins of a Node entry point', async () => {
    expect(await nodeImportsOf('src/sandbox/index.ts')).not.toEqual([])
  })

  it.each(browserEntries)('%s imports no Node built-in', async (entry) => {
    expect(await nodeImportsOf(entry)).toEqual([])
  })
})
