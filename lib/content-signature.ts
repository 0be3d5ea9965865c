import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * A cheap fingerprint of a folder: every file's path, size and modification time. Parsing the
 * whole course takes about a second; stat-ing its files takes milliseconds, so the dev server
 * re-parses only when something actually changed.
 */
export async function contentSignature(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
  const stats = await Promise.all(
    files.map(async (file) => {
      const s = await stat(file)
      return `${file}:${s.size}:${s.mtimeMs}`
    }),
  )
  return stats.sort().join('\n')
}
