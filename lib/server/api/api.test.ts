import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeDatabase } from '@/lib/server/db'
import { stopGradingService } from '@/lib/server/grading'
import { learnerCookieName } from '@/lib/server/learner'
import {
  pgliteForTests,
  probePostgres,
  type TestDatabase,
} from '@/lib/server/testing/test-databases'
import { loadExercise, type ExerciseDefinition } from '@looplab/runtime/grade'
import { handleExerciseFile } from './exercise-files'
import { handleGrade, submissionHeader } from './grade'
import { handleProgress } from './progress'

// Route handlers with the real pool (real Pyodide in sandboxed processes) and a real database.
process.env.LOOPLAB_GRADE_BURST = '6'
process.env.LOOPLAB_GRADE_RATE = '0.2'
// The product's own 5 s: with 2.5 s, a memory bomb on a loaded machine (two test files at once,
// each starting sandboxed Pythons) reached the wall-clock limit before the memory watch saw it.
process.env.LOOPLAB_GRADE_TIMEOUT_MS = '5000'
process.env.LOOPLAB_GRADERS = '2'

const exerciseId = 'download-all-at-once'
let exercise: ExerciseDefinition
let clients = 0

/** A request from a client of its own, so rate limits never leak between tests. */
function client(cookie?: string) {
  const address = `203.0.113.${++clients}`
  const headers = (extra: Record<string, string> = {}) => ({
    'x-forwarded-for': address,
    ...(cookie ? { cookie: `${learnerCookieName}=${cookie}` } : {}),
    ...extra,
  })
  return {
    grade: (body: unknown, extra: Record<string, string> = {}) =>
      handleGrade(
        new Request('http://localhost/api/grade', {
          method: 'POST',
          headers: headers({ 'content-type': 'application/json', ...extra }),
          body: (typeof body === 'string' || body instanceof Uint8Array
            ? body
            : JSON.stringify(body)) as BodyInit,
        }),
      ),
    progress: () =>
      handleProgress(new Request('http://localhost/api/progress', { headers: headers() })),
  }
}

function cookieOf(response: Response): string {
  const match = /looplab_learner=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')
  if (!match?.[1]) throw new Error('no learner cookie was set')
  return match[1]
}

beforeAll(async () => {
  exercise = await loadExercise(path.resolve('content'), exerciseId)
})
afterAll(() => stopGradingService())

const postgres = await probePostgres()
const backends = [
  { name: 'PGlite', make: async (): Promise<TestDatabase> => pgliteForTests(), skip: '' },
  postgres.available
    ? { name: 'PostgreSQL', make: () => postgres.create(), skip: '' }
    : {
        name: 'PostgreSQL',
        make: () => Promise.reject(new Error('unreachable')),
        skip: postgres.reason,
      },
]

describe.each(backends)('the grading API on $name', ({ make, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => {})
    return
  }
  let database: TestDatabase
  beforeAll(async () => {
    await closeDatabase()
    database = await make()
    delete process.env.DATABASE_URL
    delete process.env.LOOPLAB_DATA_DIR
    Object.assign(process.env, database.env)
  })
  afterAll(async () => {
    await closeDatabase()
    await database?.cleanup()
  })

  it('grades a solution, stores it, and reports it as progress for that learner only', async () => {
    const response = await client().grade({ exercise: exerciseId, code: exercise.solution })
    expect(response.status).toBe(200)
    const grade = await response.json()
    expect(grade).toMatchObject({ version: 3, status: 'pass', message: null })
    expect(grade.tests.length).toBeGreaterThan(1)
    expect(response.headers.get(submissionHeader)).toMatch(/^\d+$/)
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)

    const learner = cookieOf(response)
    const progress = await (await client(learner).progress()).json()
    expect(progress.exercises).toEqual([
      expect.objectContaining({ exercise: exerciseId, attempts: 1, passed: true }),
    ])
    expect(await (await client().progress()).json()).toEqual({ exercises: [] })
  })

  it('grades a wrong answer with its message, as a failed attempt', async () => {
    const learner = cookieOf(await client().grade({ exercise: exerciseId, code: exercise.starter }))
    const wrong = exercise.wrong[0]
    if (!wrong) throw new Error('the exercise lists no wrong answers')
    const response = await client(learner).grade({ exercise: exerciseId, code: wrong.code })
    expect(response.headers.get('set-cookie')).toBeNull() // known learner: no new cookie
    const grade = await response.json()
    expect(grade.status).toBe('fail')
    expect(grade.tests.find((t: { status: string }) => t.status !== 'pass')?.message).toBe(
      wrong.message,
    )
    const [entry] = (await (await client(learner).progress()).json()).exercises
    expect(entry).toMatchObject({ attempts: 2, passed: false, completedAt: null })
  })

  it('keeps submissions when the server restarts (stored, not in memory)', async () => {
    const learner = cookieOf(
      await client().grade({ exercise: exerciseId, code: exercise.solution }),
    )
    await stopGradingService()
    await closeDatabase()
    const progress = await (await client(learner).progress()).json()
    expect(progress.exercises).toEqual([
      expect.objectContaining({ exercise: exerciseId, passed: true }),
    ])
  })
})

describe('refusals', () => {
  it('400 for an unknown exercise, with the closest ids', async () => {
    const response = await client().grade({ exercise: 'download-all-at-onse', code: 'print(1)' })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      error: 'unknown-exercise',
      suggestions: [exerciseId],
    })
  })

  it.each([
    ['not JSON', '{"exercise": '],
    ['no code', { exercise: exerciseId }],
    ['code not text', { exercise: exerciseId, code: 42 }],
    ['an unexpected field', { exercise: exerciseId, code: 'print(1)', learner: 'me' }],
    ['an array', [exerciseId, 'print(1)']],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])('400 for a malformed body: %s', async (_name, body) => {
    const response = await client().grade(body)
    expect(response.status).toBe(400)
    const answer = await response.json()
    expect(answer.error).toBe('bad-body')
    expect(answer.message.length).toBeGreaterThan(10)
  })

  it('413 over 64 KiB, whether the size is declared or not', async () => {
    const code = `# ${'x'.repeat(64 * 1024)}\nprint(1)\n`
    const declared = await client().grade({ exercise: exerciseId, code })
    expect(declared.status).toBe(413)
    expect((await declared.json()).error).toBe('too-large')
    // A streamed body with no Content-Length is cut off once it passes the limit.
    const bytes = new TextEncoder().encode(JSON.stringify({ exercise: exerciseId, code }))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192))
        controller.close()
      },
    })
    const streamed = await handleGrade(
      new Request('http://localhost/api/grade', {
        method: 'POST',
        headers: { 'x-forwarded-for': '198.51.100.7' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(streamed.status).toBe(413)
  })

  it('429 past the per-client rate, with Retry-After; other clients are unaffected', async () => {
    const greedy = client()
    const statuses = []
    for (let i = 0; i < 7; i++) statuses.push((await greedy.grade('not json')).status)
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429])
    const limited = await greedy.grade('not json')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await limited.json()).error).toBe('rate-limited')
    expect((await client().grade('not json')).status).toBe(400)
  })

  it('404 for the checks or solution of an unknown exercise; both served for a real one', async () => {
    expect((await handleExerciseFile('no-such-exercise', 'checks')).status).toBe(404)
    const checks = await (await handleExerciseFile(exerciseId, 'checks')).json()
    const solution = await (await handleExerciseFile(exerciseId, 'solution')).json()
    const onDisk = await loadExercise(path.resolve('content'), exerciseId)
    expect(checks).toEqual({ id: exerciseId, checks: onDisk.checks, probes: onDisk.probes })
    expect(solution).toEqual({ id: exerciseId, solution: onDisk.solution })
  })
})

describe('hostile submissions', () => {
  beforeAll(async () => {
    await closeDatabase()
    Object.assign(process.env, pgliteForTests().env)
    delete process.env.DATABASE_URL
  })
  afterAll(() => closeDatabase())

  it('a program that never yields is stopped, and the server keeps answering meanwhile', async () => {
    // A learner whose process is warm, then another learner's busy loop holding a process.
    const warm = await client().grade({ exercise: exerciseId, code: exercise.solution })
    const learner = cookieOf(warm)
    const stuck = client().grade({ exercise: exerciseId, code: 'while True:\n    pass\n' })
    const finished: string[] = []
    void stuck.then(() => finished.push('stuck'))
    const meanwhile = await client(learner).grade({ exercise: exerciseId, code: exercise.solution })
    expect((await meanwhile.json()).status).toBe('pass')
    expect((await client().progress()).status).toBe(200)
    // Both answered while the busy loop still held its grader, before it was killed.
    expect(finished).toEqual([])
    const grade = await (await stuck).json()
    expect(grade.status).toBe('error')
    expect(grade.message).toMatch(/real time without finishing/)
  })

  it('a shell command does not run, and grading goes on', async () => {
    const marker = path.join(tmpdir(), `looplab-api-pwned-${process.pid}`)
    const code = `import os\nos.system("touch ${marker}")\nprint("done")\n`
    const grade = await (await client().grade({ exercise: exerciseId, code })).json()
    expect(grade.status).not.toBe('pass')
    expect(existsSync(marker)).toBe(false)
    const next = await (
      await client().grade({ exercise: exerciseId, code: exercise.solution })
    ).json()
    expect(next.status).toBe('pass')
  })

  it('a memory bomb is stopped with a plain message', async () => {
    // 100 MB of 'x' a step (every page written, so it counts at once): the cap is reached in a
    // handful of steps, well before the wall-clock limit.
    const code = 'chunks = []\nwhile True:\n    chunks.append(b"x" * 100_000_000)\n'
    const grade = await (await client().grade({ exercise: exerciseId, code })).json()
    expect(grade.status).toBe('error')
    expect(grade.message).toMatch(/memory/)
  })

  it('a flood of output is cut at the output cap', async () => {
    const code = 'while True:\n    print("spam" * 1000)\n'
    const response = await client().grade({ exercise: exerciseId, code })
    expect(response.status).toBe(200)
    const grade = await response.json()
    expect(grade.status).not.toBe('pass')
    expect(JSON.stringify(grade).length).toBeLessThan(20_000)
  })
})
