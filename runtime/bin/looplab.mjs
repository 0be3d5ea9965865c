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
// `looplab run` starts its sandboxed Python first, so it boots while the CLI loads.
const { prestart } = await import(new URL('../dist/cli-prestart.js', import.meta.url).href)
await prestart(process.argv.slice(2))
await import(new URL('../dist/cli.js', import.meta.url).href)
