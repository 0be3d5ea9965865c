#!/usr/bin/env node
// `looplab` (npx looplab …). In this repository the package is first rebuilt if a source changed
// (runtime/scripts/build.mjs); an installed package runs its prebuilt dist/ as it is.
import { existsSync } from 'node:fs'

const build = new URL('../scripts/build.mjs', import.meta.url)
if (existsSync(build)) {
  try {
    const { ensureBuilt } = await import(build.href)
    await ensureBuilt(['package'])
  } catch (error) {
    process.stderr.write(`looplab: could not build the runtime: ${error?.message ?? error}\n`)
    process.exit(1)
  }
}
await import(new URL('../dist/cli.js', import.meta.url).href)
