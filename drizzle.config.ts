// `npx drizzle-kit generate` turns lib/server/db/schema.ts into the SQL migrations in drizzle/,
// which the server applies at first use (PGlite and PostgreSQL alike). Commit what it generates.
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/server/db/schema.ts',
  out: './drizzle',
})
