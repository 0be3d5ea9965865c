/**
 * Which database the server uses: PostgreSQL when DATABASE_URL is set, otherwise PGlite (Postgres
 * compiled to WASM) in files under .data/ — created on first use, nothing to install — or, with
 * LOOPLAB_DATA_DIR=:memory:, in memory only (gone with the process: the e2e server, previews).
 */
import type { Environment } from '@/lib/server/environment'
import path from 'node:path'

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  /** dataDir null: in memory. */
  | { kind: 'pglite'; dataDir: string | null }

export const inMemory = ':memory:'

export function databaseConfig(env: Environment = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim()
  if (url) return { kind: 'postgres', url }
  if (env.LOOPLAB_DATA_DIR === inMemory) return { kind: 'pglite', dataDir: null }
  return { kind: 'pglite', dataDir: path.join(dataRoot(env), 'pglite') }
}

/** `.data/` at the project root, or LOOPLAB_DATA_DIR (tests, several servers on one machine). */
export function dataRoot(env: Environment = process.env): string {
  return path.resolve(
    /*turbopackIgnore: true*/ env.LOOPLAB_DATA_DIR ?? path.join(process.cwd(), '.data'),
  )
}

/** The SQL migrations drizzle-kit generated from schema.ts (committed, applied at first use). */
export function migrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'drizzle')
}
