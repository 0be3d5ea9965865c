/**
 * What a grading process really uses, as the kernel counts it. Its Python heap is WASM memory,
 * outside V8's old space, so --max-old-space-size cannot cap it: the pool reads the resident size
 * instead. Linux only (/proc); elsewhere the memory cap and CPU-based recycling are not enforced.
 */
import { readFile } from 'node:fs/promises'

export const canMeasureUsage = process.platform === 'linux'

/** Clock ticks per second in /proc/<pid>/stat: 100 on every Linux build that matters. */
const clockTicks = 100

/** Resident set size in MiB, or null when it cannot be read (process gone, not Linux). */
export async function residentMiB(pid: number): Promise<number | null> {
  if (!canMeasureUsage) return null
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
    return match?.[1] ? Number(match[1]) / 1024 : null
  } catch {
    return null
  }
}

/** User + system CPU seconds the process has used, or null when unknown. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  if (!canMeasureUsage) return null
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // Fields after the parenthesised command name (which may itself contain spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const user = Number(fields[11])
    const system = Number(fields[12])
    return Number.isFinite(user + system) ? (user + system) / clockTicks : null
  } catch {
    return null
  }
}
