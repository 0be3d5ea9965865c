/**
 * Resident memory of a process and all its descendants, as the kernel counts it (Linux, /proc).
 * A sandboxed runner is a small tree (sh → bwrap → init → node); Python's heap is WebAssembly
 * memory inside node, outside V8's heap limit, so the tree's resident size is what is capped.
 */
import { readdirSync, readFileSync } from 'node:fs'
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

/** The processes under `pid`, by parent; empty where /proc is missing. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  let names: string[] = []
  try {
    names = readdirSync('/proc')
  } catch {
    return children
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue
    }
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(parent, [...(children.get(parent) ?? []), Number(name)])
  }
  return children
}

/**
 * Sends a signal to the program a sandbox wraps: the leaves of the process tree under `pid` (the
 * wrappers — bwrap, its init — pass no signal on, and one that stopped would take the program
 * with it). With no tree to see (not Linux), `pid` itself.
 */
export function signalProgram(pid: number, signal: NodeJS.Signals): void {
  const children = canMeasureMemory ? childrenByParent() : new Map<number, number[]>()
  const leaves: number[] = []
  const queue = [...(children.get(pid) ?? [])]
  while (queue.length) {
    const next = queue.shift() as number
    const below = children.get(next) ?? []
    if (below.length) queue.push(...below)
    else leaves.push(next)
  }
  for (const target of leaves.length ? leaves : [pid]) {
    try {
      process.kill(target, signal)
    } catch {
      // already gone
    }
  }
}
