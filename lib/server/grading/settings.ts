/**
 * Grading limits, with defaults for a small server and environment overrides for bigger ones (or
 * for tests that need a hostile program to hit a cap quickly).
 */
import type { Environment } from '@/lib/server/environment'
import type { SandboxLimits } from '@looplab/runtime/sandbox'
import type { RunnerPoolOptions } from './runner-pool'

function readInt(env: Environment, name: string, fallback: number, min = 1): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, not ${JSON.stringify(raw)}`)
  }
  return value
}

export type GradingSettings = {
  pool: RunnerPoolOptions
  sandbox: SandboxLimits
  /** Wall-clock limit of one grade: the program and every probe scenario. */
  jobMs: number
}

export function gradingSettings(env: Environment = process.env): GradingSettings {
  // A process serves one learner (SECURITY.md): enough of them for a class clicking Check at
  // once. An idle one costs memory (~150–250 MB), not CPU.
  const size = readInt(env, 'LOOPLAB_GRADERS', 24)
  return {
    pool: {
      size,
      spares: readInt(env, 'LOOPLAB_GRADER_SPARES', Math.min(2, size), 0),
      queueLimit: readInt(env, 'LOOPLAB_GRADE_QUEUE', 64, 0),
      queueWaitMs: readInt(env, 'LOOPLAB_GRADE_QUEUE_WAIT_MS', 20_000),
      jobsPerProcess: readInt(env, 'LOOPLAB_GRADER_JOBS', 500),
      idleMs: readInt(env, 'LOOPLAB_GRADER_IDLE_MS', 120_000),
    },
    sandbox: {
      memoryMiB: readInt(env, 'LOOPLAB_GRADE_MEMORY_MB', 768),
      cpuSeconds: readInt(env, 'LOOPLAB_GRADE_CPU_SECONDS', 600),
      bootMs: readInt(env, 'LOOPLAB_GRADE_BOOT_MS', 60_000),
      deadlineSlackMs: 4_000,
      heapMiB: readInt(env, 'LOOPLAB_GRADE_HEAP_MB', 256),
    },
    // A correct answer runs in milliseconds under virtual time.
    jobMs: readInt(env, 'LOOPLAB_GRADE_TIMEOUT_MS', 5_000),
  }
}
