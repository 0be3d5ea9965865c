/**
 * The contracts the Python harness answers with, as JSON Schema generated from the zod schemas
 * (the single source): runtime/python/tests validates every answer it checks against them, so a
 * key added on one side and not the other fails a test (docs/architecture.md, "The shapes").
 * `node runtime/scripts/write-contract-schemas.mjs` rewrites the files; contract-schemas.test.ts
 * fails when they are stale.
 */
import { z } from 'zod'
import { ObservationSchema } from './grade/observation'
import { RunResultSchema } from './types'

export const contractSchemas = {
  'run-result': RunResultSchema,
  observation: ObservationSchema,
} as const

export const contractSchemaFolder = 'python/tests/schemas'

/** The file text of each schema: `<name>.schema.json` → JSON, as written to the folder. */
export function contractSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [name, schema] of Object.entries(contractSchemas)) {
    // An Encoded value (a scenario's return) is checked by its own function, not a schema: in
    // JSON Schema it is "anything" and the Python tests check encoding apart (test_encoding.py).
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'output',
      unrepresentable: 'any',
    })
    files[`${name}.schema.json`] = `${JSON.stringify(json, null, 2)}\n`
  }
  return files
}
