/**
 * Resident memory of a process and all its descendants, as the kernel counts it (Linux, /proc).
 * A sandboxed runner is a small tree (sh → bwrap → init → node); Python's heap is WebAssembly
 * memory inside node, outside V8's heap limit, so the tree's resident size is what is capped.
 */
import { readdir, readFile } from 'node:fs/promises'

export const canMeasureMemory = process.platform === 'linux'

async function read(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

/** MiB resident for `pid` and its descendants; null when it cannot be read (gone, not Linux). */
export async function processTreeMiB(pid: number): Promise<number | null> {
  if (!canMeasureMemory) return null
  const parents = new Map<number, number[]>()
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue
    const stat = await read(`/proc/${name}/stat`)
    if (!stat) continue
    // Fields after the parenthesised command name (which may itself contain spaces).
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    const children = parents.get(parent) ?? []
    children.push(Number(name))
    parents.set(parent, children)
  }
  let total = 0
  let found = false
  const stack = [pid]
  while (stack.length) {
    const next = stack.pop() as number
    const status = await read(`/proc/${next}/status`)
    const rss = status ? /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1] : undefined
    if (rss) {
      total += Number(rss) / 1024
      found = true
    }
    stack.push(...(parents.get(next) ?? []))
  }
  return found ? total : null
}
