/**
 * The grading API over real HTTP against the production server: answers, refusals with their
 * status codes, and a submission that survives the server being stopped and started again — on
 * PGlite, and on PostgreSQL when one is reachable (always in CI).
 */
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import {
  pgliteForTests,
  probePostgres,
  type TestDatabase,
} from '../lib/server/testing/test-databases'
import { course } from './support/course'

// The course's first exercise: the spec follows the content.
const exerciseId = (await course()).lessons.flatMap((lesson) => lesson.exerciseIds)[0] ?? ''

async function solution(): Promise<string> {
  const exercise = (await course()).exercises[exerciseId]
  if (!exercise) throw new Error(`no exercise ${exerciseId}`)
  return readFile(path.join(exercise.dir, 'solution.py'), 'utf8')
}

let client = 0
/** Each test speaks as its own client address, so rate limits never leak between tests. */
function as(request: APIRequestContext) {
  const address = `198.51.100.${++client}`
  return (body: unknown, headers: Record<string, string> = {}) =>
    request.post('/api/grade', {
      headers: { 'x-forwarded-for': address, 'content-type': 'application/json', ...headers },
      // A Buffer goes as is (Playwright would JSON-encode a string).
      data: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      timeout: 100_000, // a cold grading pool (see the first test)
    })
}

test('grades a submission and sets the anonymous learner cookie', async ({ request }) => {
  // Often the server's first grade: it starts the grading processes and the judge (tens of
  // seconds on a loaded 2-core machine).
  test.setTimeout(120_000)
  const response = await as(request)({ exercise: exerciseId, code: await solution() })
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ version: 3, status: 'pass' })
  expect(response.headers()['set-cookie']).toMatch(/looplab_learner=[\w-]{22}; .*HttpOnly/)
})

test('refuses what it cannot grade, with a status and a plain message', async ({ request }) => {
  const post = as(request)
  const unknown = await post({ exercise: 'no-such-exercise', code: 'print(1)' })
  expect(unknown.status()).toBe(400)
  expect((await unknown.json()).error).toBe('unknown-exercise')

  const malformed = await post(`{"exercise": "${exerciseId}", "code": `)
  expect(malformed.status()).toBe(400)
  expect((await malformed.json()).message).toMatch(/not valid JSON/)

  const oversized = await post({ exercise: exerciseId, code: 'x'.repeat(70 * 1024) })
  expect(oversized.status()).toBe(413)

  expect((await request.get('/api/grade')).status()).toBe(405)
})

test('429 with Retry-After once a client passes its rate', async ({ request }) => {
  const post = as(request)
  let limited = null
  for (let i = 0; i < 40 && !limited; i++) {
    const response = await post('not json')
    if (response.status() === 429) limited = response
    else expect(response.status()).toBe(400)
  }
  expect(limited).not.toBeNull()
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThanOrEqual(1)
})

// ---- a real restart: a server of our own, stopped and started again on the same database ----

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  // What the server logs (a storage or grading failure) goes into the test's output.
  server.stderr?.setEncoding('utf8').on('data', (text: string) => process.stderr.write(text))
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/progress`)).ok) return server
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  server.kill('SIGKILL')
  throw new Error('the server did not start')
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once('exit', () => resolve())
    server.kill('SIGTERM')
  })
}

const postgres = await probePostgres()
const backends: { name: string; make(): Promise<TestDatabase>; skip?: string }[] = [
  { name: 'PGlite', make: async () => pgliteForTests() },
  postgres.available
    ? { name: 'PostgreSQL', make: () => postgres.create() }
    : {
        name: 'PostgreSQL',
        make: () => Promise.reject(new Error('unreachable')),
        skip: postgres.reason,
      },
]

for (const backend of backends) {
  test(`a submission survives a server restart (${backend.name})`, async () => {
    test.skip(Boolean(backend.skip), backend.skip)
    test.setTimeout(180_000)
    const database = await backend.make()
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    let server = await startServer(port, database.env)
    try {
      const graded = await fetch(`${base}/api/grade`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ exercise: exerciseId, code: await solution() }),
      })
      expect(graded.status).toBe(200)
      const cookie = (graded.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      expect(cookie).toMatch(/^looplab_learner=/)

      await stopServer(server)
      server = await startServer(port, database.env)
      const progress = await (await fetch(`${base}/api/progress`, { headers: { cookie } })).json()
      expect(progress.exercises).toEqual([
        expect.objectContaining({ exercise: exerciseId, attempts: 1, passed: true }),
      ])
    } finally {
      await stopServer(server)
      await database.cleanup()
    }
  })
}
