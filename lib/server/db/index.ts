/**
 * The server's one database connection, opened on first use. Kept on globalThis so a dev server's
 * module reloads reuse it instead of opening the same PGlite folder twice.
 */
import { databaseConfig } from './config'
import { openDatabase, type Database, type OpenDatabase } from './open'

export type { Database } from './open'

type Holder = { opening: Promise<OpenDatabase> | null }
const holder = ((globalThis as { __looplabDb?: Holder }).__looplabDb ??= { opening: null })

export function getDatabase(): Promise<Database> {
  holder.opening ??= openDatabase(databaseConfig()).catch((error: unknown) => {
    holder.opening = null // the next request tries again (e.g. PostgreSQL came back)
    throw error
  })
  return holder.opening.then((open) => open.db)
}

export async function closeDatabase(): Promise<void> {
  const opening = holder.opening
  holder.opening = null
  if (opening) await (await opening.catch(() => null))?.close()
}
