/**
 * The pool's promise, with fake processes: a process runs code for one learner only, ever; a
 * learner's jobs reuse their process; a new learner gets a spare, a new process or the process of
 * the learner idle longest — never someone else's process as it is.
 */
import { describe, expect, it } from 'vitest'
import type { SandboxedEngine } from '@looplab/runtime/sandbox'
import { PoolSaturatedError, RunnerPool, type RunnerPoolOptions } from './runner-pool'

type Fake = SandboxedEngine & { id: number; disposed: boolean; die(): void }

function fakes() {
  const made: Fake[] = []
  const start = async (): Promise<SandboxedEngine> => {
    const exits: ((reason: string) => void)[] = []
    const fake = {
      id: made.length + 1,
      alive: true,
      disposed: false,
      jobs: 0,
      onceExited: (listener: (reason: string) => void) => exits.push(listener),
      dispose: async () => {
        fake.disposed = true
        fake.die()
      },
      die: () => {
        if (!fake.alive) return
        fake.alive = false
        for (const listener of exits.splice(0)) listener('gone')
      },
    }
    made.push(fake as unknown as Fake)
    return fake as unknown as SandboxedEngine
  }
  return { made, start }
}

const options: RunnerPoolOptions = {
  size: 2,
  spares: 0,
  queueLimit: 4,
  queueWaitMs: 5_000,
  jobsPerProcess: 100,
  idleMs: 60_000,
}

/** A job that records which process it ran on. */
const job = (ran: number[]) => async (engine: SandboxedEngine) => {
  ran.push((engine as Fake).id)
  ;(engine as Fake).jobs++
}

describe('a pool of runner processes', () => {
  it("runs a learner's jobs on that learner's process, and no one else's", async () => {
    const { start, made } = fakes()
    const pool = new RunnerPool(start, options)
    const ran: number[] = []
    await pool.lease('ana', job(ran))
    await pool.lease('ben', job(ran))
    await pool.lease('ana', job(ran))
    await pool.lease('ben', job(ran))
    expect(ran).toEqual([1, 2, 1, 2])
    expect(made).toHaveLength(2)
    await pool.close()
  })

  it("replaces the longest-idle learner's process instead of lending it", async () => {
    const { start, made } = fakes()
    const pool = new RunnerPool(start, options)
    const ran: number[] = []
    await pool.lease('ana', job(ran))
    await pool.lease('ben', job(ran))
    await pool.lease('cleo', job(ran)) // the pool is full: ana's process goes
    expect(ran).toEqual([1, 2, 3])
    expect(made[0]?.disposed).toBe(true)
    expect(made[1]?.disposed).toBe(false)
    await pool.lease('ana', job(ran)) // ana comes back: a new process, not cleo's or ben's
    expect(ran.at(-1)).toBe(4)
    await pool.close()
  })

  it('runs one job at a time per process', async () => {
    const { start } = fakes()
    const pool = new RunnerPool(start, options)
    let running = 0
    let most = 0
    const slow = async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 20))
      running--
    }
    await Promise.all([pool.lease('ana', slow), pool.lease('ana', slow), pool.lease('ana', slow)])
    expect(most).toBe(1)
    await pool.close()
  })

  it('replaces a process that died, and says the queue is full when it is', async () => {
    const { start, made } = fakes()
    const pool = new RunnerPool(start, { ...options, size: 1, queueLimit: 1 })
    const ran: number[] = []
    await pool.lease('ana', job(ran))
    made[0]?.die()
    await pool.lease('ana', job(ran))
    expect(ran).toEqual([1, 2])
    expect(pool.stats().replaced).toBe(1)
    const hold = pool.lease('ana', () => new Promise((resolve) => setTimeout(resolve, 50)))
    const waiting = pool.lease('ana', job(ran))
    await expect(pool.lease('ana', job(ran))).rejects.toBeInstanceOf(PoolSaturatedError)
    await Promise.all([hold, waiting])
    await pool.close()
  })

  it('retires a process after its share of jobs', async () => {
    const { start, made } = fakes()
    const pool = new RunnerPool(start, { ...options, jobsPerProcess: 2 })
    const ran: number[] = []
    for (let i = 0; i < 3; i++) await pool.lease('ana', job(ran))
    expect(ran).toEqual([1, 1, 2])
    expect(made[0]?.disposed).toBe(true)
    await pool.close()
  })
})
