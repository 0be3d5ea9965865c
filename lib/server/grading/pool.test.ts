import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GradingPool, PoolSaturatedError } from './pool'
import { primeSnapshot } from './prime'
import { poolOptions } from './settings'
import { ensureGraderBundle, type GraderPaths } from './worker-bundle'

// These tests are about the pool, so a fixture grades: "pass" when the program exits cleanly.
const exercise = { id: 'any', checks: 'unused by the fixture' }
let paths: GraderPaths
const pools: GradingPool[] = []

function startPool(overrides: Record<string, string>): GradingPool {
  const pool = new GradingPool(paths, poolOptions(overrides))
  pools.push(pool)
  return pool
}

beforeAll(async () => {
  paths = await ensureGraderBundle(process.cwd(), {
    gradeModule: path.resolve('lib/server/grading/fixtures/run-only-grade.ts'),
  })
  await primeSnapshot(paths)
})

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()))
})

describe('the grading pool', () => {
  it('grades in a warm process, one job at a time per process', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '2' })
    const outcomes = await Promise.all([
      pool.grade(exercise, 'print("hello")'),
      pool.grade(exercise, 'raise SystemExit(3)'),
      pool.grade(exercise, 'import asyncio\nasyncio.run(asyncio.sleep(10))'),
    ])
    expect(outcomes.map((o) => (o.kind === 'graded' ? o.grade.status : o.kind))).toEqual([
      'pass',
      'fail',
      'pass',
    ])
    expect(pool.stats()).toMatchObject({ size: 2, alive: 2, busy: 0, queued: 0, replaced: 0 })
  })

  it('kills a program that never yields, replaces the process, and grades the next one', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '1', LOOPLAB_GRADE_TIMEOUT_MS: '1500' })
    const stuck = await pool.grade(exercise, 'while True:\n    pass\n')
    expect(stuck.kind).toBe('time-limit')
    const next = await pool.grade(exercise, 'print("still here")')
    expect(next).toMatchObject({ kind: 'graded', grade: { status: 'pass' } })
    expect(pool.stats().replaced).toBe(1)
  })

  it('kills a program that eats memory', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '1', LOOPLAB_GRADE_MEMORY_MB: '400' })
    const bomb = 'chunks = []\nwhile True:\n    chunks.append(bytearray(10_000_000))\n'
    const outcome = await pool.grade(exercise, bomb)
    expect(outcome.kind).toBe('memory-limit')
    if (outcome.kind === 'memory-limit') expect(outcome.memoryMiB).toBeGreaterThan(400)
    expect(await pool.grade(exercise, 'print(1)')).toMatchObject({ kind: 'graded' })
  })

  it('retires a process whose memory stayed high after a big (but legal) program', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '1', LOOPLAB_GRADE_MEMORY_MB: '450' })
    const big = 'block = bytearray(200_000_000)\nblock[-1] = 1\ndel block\nprint("done")\n'
    expect(await pool.grade(exercise, big)).toMatchObject({
      kind: 'graded',
      grade: { status: 'pass' },
    })
    await expect.poll(() => pool.stats().replaced, { timeout: 5000 }).toBe(1)
    expect(await pool.grade(exercise, 'print(1)')).toMatchObject({ kind: 'graded' })
  })

  // The sandbox refuses os.system inside Python, before Node's permission model (the second
  // layer, tested in sandboxed-node.test.ts) is even reached: the learner sees why, and the
  // process stays healthy, so nothing is retired.
  it('refuses a shell command with a learner-readable reason and keeps grading', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '1' })
    const marker = path.join(tmpdir(), `looplab-pwned-${process.pid}-${Date.now()}`)
    const outcome = await pool.grade(exercise, `import os\nos.system("touch ${marker}")\n`)
    expect(existsSync(marker)).toBe(false)
    expect(outcome.kind).toBe('graded')
    if (outcome.kind === 'graded') {
      expect(outcome.grade.status).toBe('fail')
      expect(outcome.grade.message).toContain('cannot start other programs (os.system)')
    }
    expect(await pool.grade(exercise, 'print(1)')).toMatchObject({
      kind: 'graded',
      grade: { status: 'pass' },
    })
    expect(pool.stats().replaced).toBe(0)
  })

  it('stops a flood of output at the output cap without harm', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '1' })
    const outcome = await pool.grade(exercise, 'while True:\n    print("x" * 10_000)\n')
    expect(outcome).toMatchObject({ kind: 'graded', grade: { status: 'fail' } })
  })

  it('survives a grading process dying under it', async () => {
    const pool = startPool({ LOOPLAB_GRADERS: '1' })
    await pool.warm()
    const pending = pool.grade(exercise, 'while True:\n    pass\n')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const victim = (pool as unknown as { processes: Set<{ pid?: number }> }).processes
    for (const process_ of victim) if (process_.pid) process.kill(process_.pid, 'SIGKILL')
    expect((await pending).kind).toBe('crashed')
    expect(await pool.grade(exercise, 'print(1)')).toMatchObject({ kind: 'graded' })
  })

  it('pushes back when every process is busy and the queue is full', async () => {
    const pool = startPool({
      LOOPLAB_GRADERS: '1',
      LOOPLAB_GRADE_QUEUE: '1',
      LOOPLAB_GRADE_TIMEOUT_MS: '2000',
    })
    await pool.warm()
    const running = pool.grade(exercise, 'while True:\n    pass\n')
    await new Promise((resolve) => setTimeout(resolve, 100))
    const queued = pool.grade(exercise, 'print(1)')
    await expect(pool.grade(exercise, 'print(2)')).rejects.toBeInstanceOf(PoolSaturatedError)
    expect((await running).kind).toBe('time-limit')
    expect(await queued).toMatchObject({ kind: 'graded', grade: { status: 'pass' } })
  })
})
