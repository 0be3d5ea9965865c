#!/usr/bin/env node
// `looplab` (npx looplab …): makes sure the CLI bundle is current, then runs it. Node 20 cannot run
// the TypeScript sources directly, so runtime/scripts/build.mjs bundles them (skipped when unchanged).
import { pathToFileURL } from 'node:url'
import { buildPaths, ensureBuilt } from '../scripts/build.mjs'

try {
  await ensureBuilt(['node'])
} catch (error) {
  process.stderr.write(`looplab: could not build the runtime: ${error?.message ?? error}\n`)
  process.exit(1)
}
await import(pathToFileURL(buildPaths.cli).href)
