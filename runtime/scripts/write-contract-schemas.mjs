// Writes runtime/python/tests/schemas/*.schema.json from the zod schemas (src/contract-schemas.ts).
// Usage: node runtime/scripts/write-contract-schemas.mjs
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const script = `
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { contractSchemaFiles, contractSchemaFolder } from './src/contract-schemas.ts'
const folder = join(process.cwd(), contractSchemaFolder)
mkdirSync(folder, { recursive: true })
for (const [file, text] of Object.entries(contractSchemaFiles())) {
  writeFileSync(join(folder, file), text)
  console.log('wrote', join(contractSchemaFolder, file))
}
`
const runtimeRoot = fileURLToPath(new URL('..', import.meta.url))
const done = spawnSync('npx', ['tsx', '--eval', script], { cwd: runtimeRoot, stdio: 'inherit' })
process.exit(done.status ?? 1)
