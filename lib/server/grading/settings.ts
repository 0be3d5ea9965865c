/**
 * Grading limits, with defaults for a small server and environment overrides for bigger ones (or
 * for tests that need a hostile program to hit a cap quickly).
 */
import type { Environment } from '@/lib/server/environment'
import { availableParallelism } from 'node:os'
import type { PoolOptions } from './pool'

function readInt(env: Environment, name: string, fallback: number, min = 1): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, not ${JSON.stringify(raw)}`)
  }
  return value
}

export function poolOptions(env: Environment = process.env): PoolOptions {
  const size = readInt(env, 'LOOPLAB_GRADERS', Math.max(1, Math.min(4, availableParallelism())))
  return {
    size,
    queueLimit: readInt(env, 'LOOPLAB_GRADE_QUEUE', 32 * size, 0),
    queueWaitMs: readInt(env, 'LOOPLAB_GRADE_QUEUE_WAIT_MS', 10_000),
    // A correct answer runs in milliseconds under virtual time; 5 s is the browser's run limit too.
    jobMs: readInt(env, 'LOOPLAB_GRADE_TIMEOUT_MS', 5_000),
    memoryMiB: readInt(env, 'LOOPLAB_GRADE_MEMORY_MB', 512),
    heapMiB: readInt(env, 'LOOPLAB_GRADE_HEAP_MB', 128),
    cpuSeconds: readInt(env, 'LOOPLAB_GRADE_CPU_SECONDS', 300),
    bootMs: readInt(env, 'LOOPLAB_GRADE_BOOT_MS', 60_000),
  }
}
