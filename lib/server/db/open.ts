/**
 * Opens the configured database and brings its schema up to date with the committed migrations.
 * Migrating is idempotent (drizzle records what it applied), so every server start can do it;
 * on PostgreSQL an advisory lock keeps servers starting together from migrating at once.
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { DatabaseConfig } from './config'
import { migrationsDir } from './config'
import { lockDirectory } from './dir-lock'
import * as schema from './schema'

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export type OpenDatabase = {
  db: Database
  kind: DatabaseConfig['kind']
  close(): Promise<void>
}

/** Any 64-bit number unique to this app: PostgreSQL advisory locks are keyed by one. */
const migrationLockKey = 4_150_713_062

export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir)
}

async function openPglite(dataDir: string | null): Promise<OpenDatabase> {
  const release = dataDir ? lockDirectory(dataDir) : () => {}
  try {
    const { PGlite } = await import('@electric-sql/pglite')
    const { drizzle } = await import('drizzle-orm/pglite')
    const { migrate } = await import('drizzle-orm/pglite/migrator')
    const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
    const db = drizzle(client, { schema })
    await migrate(db, { migrationsFolder: migrationsDir() })
    return {
      db: db as unknown as Database,
      kind: 'pglite',
      close: async () => {
        await client.close()
        release()
      },
    }
  } catch (error) {
    release()
    throw error
  }
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const { Pool } = await import('pg')
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const { migrate } = await import('drizzle-orm/node-postgres/migrator')
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 })
  try {
    const session = await pool.connect()
    try {
      await session.query('select pg_advisory_lock($1)', [migrationLockKey])
      await migrate(drizzle(session, { schema }), { migrationsFolder: migrationsDir() })
    } finally {
      await session.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {})
      session.release()
    }
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
  const db = drizzle(pool, { schema })
  return { db: db as unknown as Database, kind: 'postgres', close: () => pool.end() }
}
