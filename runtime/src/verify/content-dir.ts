/**
 * Where the course lives when the user did not say: the nearest `content/` folder at or above the
 * current directory, so `npx looplab verify` works from the repository root or any folder in it.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

export function findContentDir(start: string = process.cwd()): string | null {
  let dir = path.resolve(start)
  for (;;) {
    const candidate = path.join(dir, 'content')
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}
