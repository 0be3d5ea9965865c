/**
 * Databases for tests: a fresh PGlite folder, and — when a PostgreSQL server is reachable — a fresh
 * PostgreSQL database, dropped afterwards. Locally a missing PostgreSQL skips those tests with the
 * reason; in CI (CI=true) it is an error, because .ci/run starts one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export const defaultTestPostgresUrl = 'postgresql://looplab:looplab@127.0.0.1:5432/looplab_test'

export type TestDatabase = { env: Record<string, string>; cleanup(): Promise<void> }

export function pgliteForTests(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'looplab-data-'))
  return {
    env: { LOOPLAB_DATA_DIR: dir },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

export type PostgresProbe =
  { available: true; create(): Promise<TestDatabase> } | { available: false; reason: string }

export async function probePostgres(): Promise<PostgresProbe> {
  const adminUrl = process.env.LOOPLAB_TEST_DATABASE_URL ?? defaultTestPostgresUrl
  const { Client } = await import('pg')
  const admin = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
    await admin.end()
  } catch (error) {
    const reason =
      `no PostgreSQL at ${redact(adminUrl)} (${error instanceof Error ? error.message : String(error)}); ` +
      'set LOOPLAB_TEST_DATABASE_URL or run .ci/run to test the PostgreSQL path'
    if (process.env.CI === 'true') throw new Error(`CI must test PostgreSQL, but ${reason}`)
    return { available: false, reason }
  }
  return {
    available: true,
    async create() {
      const name = `looplab_t_${randomBytes(6).toString('hex')}`
      const client = new Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`create database ${name}`)
      await client.end()
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return {
        env: { DATABASE_URL: url.toString() },
        cleanup: async () => {
          const dropper = new Client({ connectionString: adminUrl })
          await dropper.connect()
          await dropper.query(`drop database if exists ${name} with (force)`)
          await dropper.end()
        },
      }
    },
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'the configured URL'
  }
}
