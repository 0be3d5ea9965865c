/**
 * PGlite is Postgres in one process: two servers opening the same folder would each keep their own
 * copy and corrupt it. A lock file beside the folder names the process that owns it; a lock left
 * by a process that no longer exists is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export class DatabaseInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `the embedded database in ${dir} is in use by process ${pid} (another LoopLab server?). ` +
        'Stop that server, or give this one its own folder with LOOPLAB_DATA_DIR, or use ' +
        'PostgreSQL with DATABASE_URL.',
    )
    this.name = 'DatabaseInUseError'
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock for `dir` or throws DatabaseInUseError; returns the release function. */
export function lockDirectory(dir: string): () => void {
  const lockFile = `${dir}.lock`
  mkdirSync(path.dirname(lockFile), { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      let released = false
      const release = () => {
        if (released) return
        released = true
        process.off('exit', release)
        rmSync(lockFile, { force: true })
      }
      process.on('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10)
      if (Number.isInteger(owner) && isAlive(owner)) {
        throw new DatabaseInUseError(dir, owner)
      }
      rmSync(lockFile, { force: true }) // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dir}`)
}
