/**
 * Node boots Pyodide from a memory snapshot it made itself (~0.3 s instead of ~2-3 s of CPU). The
 * snapshot is cached on disk, keyed by Pyodide version and harness hash; any failure falls back
 * to a normal boot, and a snapshot that fails to load is deleted so the next boot remakes it.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { snapshotKey } from '../pyodide/host'

export function snapshotPath(dir: string): string {
  return join(dir, `${snapshotKey}.bin`)
}

/** The cached snapshot's bytes as they arrive (read off the main thread, so Pyodide can start
 *  beside the read), or null when there is none. */
export function readSnapshot(dir: string): Promise<Uint8Array> | null {
  const path = snapshotPath(dir)
  return existsSync(path) ? readFile(path) : null
}

export function writeSnapshot(dir: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true })
  // Parallel processes may make one at once: each writes its own file, then renames atomically.
  const temporary = `${snapshotPath(dir)}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(temporary, bytes)
  renameSync(temporary, snapshotPath(dir))
  // Snapshots of other Pyodide or harness versions are dead weight (30 MB each).
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.bin') && join(dir, name) !== snapshotPath(dir))
      rmSync(join(dir, name), { force: true })
  }
}

export function discardSnapshot(dir: string): void {
  rmSync(snapshotPath(dir), { force: true })
}
