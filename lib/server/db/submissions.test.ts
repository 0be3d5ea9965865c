import { afterAll, describe, expect, it } from 'vitest'
import type { GradeResult } from '@looplab/runtime'
import { pgliteForTests, probePostgres, type TestDatabase } from '../testing/test-databases'
import { databaseConfig } from './config'
import { DatabaseInUseError } from './dir-lock'
import { openDatabase } from './open'
import { learnerProgress, recordSubmission, submissionsFor } from './submissions'

const pass: GradeResult = { version: 3, status: 'pass', message: null, tests: [] }
const fail: GradeResult = {
  version: 3,
  status: 'fail',
  message: null,
  tests: [{ name: 'prints the order', status: 'fail', message: 'expected 3 lines' }],
}

const postgres = await probePostgres()
const backends: { name: string; make: () => Promise<TestDatabase>; skip?: string }[] = [
  { name: 'PGlite', make: async () => pgliteForTests() },
  postgres.available
    ? { name: 'PostgreSQL', make: () => postgres.create() }
    : {
        name: 'PostgreSQL',
        make: () => Promise.reject(new Error('unreachable')),
        skip: postgres.reason,
      },
]

describe.each(backends)('submissions on $name', ({ name, make, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => {})
    return
  }
  let database: TestDatabase
  afterAll(() => database?.cleanup())

  it('stores submissions, derives progress, and keeps both across a reopen', async () => {
    database = await make()
    const config = databaseConfig(database.env)
    expect(config.kind).toBe(name === 'PGlite' ? 'pglite' : 'postgres')

    const first = await openDatabase(config)
    await recordSubmission(first.db, {
      learnerId: 'learner-a',
      exerciseId: 'kitchen-timers',
      code: 'x',
      grade: fail,
    })
    await recordSubmission(first.db, {
      learnerId: 'learner-a',
      exerciseId: 'kitchen-timers',
      code: 'y',
      grade: pass,
    })
    await recordSubmission(first.db, {
      learnerId: 'learner-a',
      exerciseId: 'take-turns',
      code: 'z',
      grade: fail,
    })
    await recordSubmission(first.db, {
      learnerId: 'learner-b',
      exerciseId: 'take-turns',
      code: 'w',
      grade: pass,
    })
    await first.close()

    // A second open runs the migrations again: they must be a no-op, and the rows still there.
    const second = await openDatabase(config)
    const progress = await learnerProgress(second.db, 'learner-a')
    expect(
      progress.map(({ exercise, attempts, passed }) => ({ exercise, attempts, passed })),
    ).toEqual([
      { exercise: 'kitchen-timers', attempts: 2, passed: true },
      { exercise: 'take-turns', attempts: 1, passed: false },
    ])
    expect(progress[0]?.completedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(progress[1]?.completedAt).toBeNull()
    const stored = await submissionsFor(second.db, 'learner-a', 'kitchen-timers')
    expect(stored.map((row) => [row.code, row.status, row.grade.status])).toEqual([
      ['y', 'pass', 'pass'],
      ['x', 'fail', 'fail'],
    ])
    expect(await learnerProgress(second.db, 'nobody')).toEqual([])
    await second.close()
  })

  it('stores a submission whose code and output hold lone surrogates and NUL', async () => {
    const open = await openDatabase(databaseConfig(database.env))
    const hostile = 'print("\ud800 and \udfff")\0'
    const grade: GradeResult = { ...fail, tests: [{ name: 'x', status: 'fail', output: hostile }] }
    await recordSubmission(open.db, { learnerId: 'c', exerciseId: 'e', code: hostile, grade })
    const [stored] = await submissionsFor(open.db, 'c', 'e')
    const shown = 'print("\ufffd and \ufffd")\ufffd'
    expect([stored?.code, stored?.grade.tests[0]?.output]).toEqual([shown, shown])
    await open.close()
  })

  if (name === 'PGlite') {
    it('can live in memory only (LOOPLAB_DATA_DIR=:memory:), for throwaway servers', async () => {
      const config = databaseConfig({ LOOPLAB_DATA_DIR: ':memory:' })
      expect(config).toEqual({ kind: 'pglite', dataDir: null })
      const open = await openDatabase(config)
      await recordSubmission(open.db, { learnerId: 'm', exerciseId: 'e', code: 'x', grade: pass })
      expect(await learnerProgress(open.db, 'm')).toHaveLength(1)
      await open.close()
    })

    it('refuses a second server on the same folder instead of corrupting it', async () => {
      const config = databaseConfig(database.env)
      const open = await openDatabase(config)
      await expect(openDatabase(config)).rejects.toBeInstanceOf(DatabaseInUseError)
      await open.close()
      const again = await openDatabase(config)
      await again.close()
    })
  }
})
