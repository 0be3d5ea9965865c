/**
 * The server's grading pool, started on first use: bundle the grading process, make its snapshot
 * once, then start the processes. Kept on globalThis so a dev server's reloads reuse it, and
 * stopped with the server so no grader outlives it.
 */
import { GradingPool } from './pool'
import { primeSnapshot } from './prime'
import { poolOptions } from './settings'
import { ensureGraderBundle } from './worker-bundle'

export { GraderUnavailableError, PoolSaturatedError, type GradingPool } from './pool'
export type { JobOutcome } from './grader-process'

type Holder = { starting: Promise<GradingPool> | null }
const holder = ((globalThis as { __looplabGrading?: Holder }).__looplabGrading ??= {
  starting: null,
})

async function startPool(): Promise<GradingPool> {
  const paths = await ensureGraderBundle(process.cwd())
  await primeSnapshot(paths)
  const pool = new GradingPool(paths, poolOptions())
  // The first requests wait for a ready process here (bounded by the boot timeout), not in the
  // queue, whose wait limit is about back-pressure from busy graders.
  await pool.warm().catch(async (error: unknown) => {
    await pool.close()
    throw error
  })
  // close() kills the processes synchronously, so this works even in 'exit'. (No SIGTERM listener:
  // one would stop the signal from ending the server; Next exits on it and 'exit' follows. An idle
  // grader also leaves when its IPC channel closes, a busy one at its CPU cap.)
  process.once('exit', () => void pool.close())
  return pool
}

export function getGradingPool(): Promise<GradingPool> {
  holder.starting ??= startPool().catch((error: unknown) => {
    holder.starting = null // a later request tries again
    throw error
  })
  return holder.starting
}

export async function stopGradingPool(): Promise<void> {
  const starting = holder.starting
  holder.starting = null
  if (starting) await (await starting.catch(() => null))?.close()
}
