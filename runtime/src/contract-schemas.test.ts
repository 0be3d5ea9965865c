import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contractSchemaFiles, contractSchemaFolder } from './contract-schemas'
import { runtimePackageRoot } from './node/package-root'

describe('the JSON Schemas the Python tests check answers with', () => {
  it.each(Object.entries(contractSchemaFiles()))('%s matches the zod schema', (file, text) => {
    const written = readFileSync(join(runtimePackageRoot(), contractSchemaFolder, file), 'utf8')
    // Stale: run `node runtime/scripts/write-contract-schemas.mjs`.
    expect(written).toBe(text)
  })
})
