/**
 * HOSTILE CORPUS — HTTP PATH. Every program of security/hostile/programs whose `paths` include
 * `http` goes to the production server's `POST /api/grade` as an attacker would send it:
 * placeholders substituted, as a learner of its own (no cookie: a new learner, so a process of its
 * own) from a client address of its own (x-forwarded-for, so no rate limit is shared), for the
 * exercise its entry names (`gradeExpectationFor`). The answer must be HTTP 200 with a valid
 * GradeResult whose status is one the manifest accepts — never `pass` — and nothing may have got
 * out: the observers OUTSIDE the sandbox (a canary path on this machine, which the server could
 * write if it were compromised; a listener on 127.0.0.1; the secret playwright.config.ts put in
 * the server's environment) must have seen nothing, and no answer may carry `ESCAPED` or the
 * secret.
 *
 * Persistence pairs: the plant as a new learner, then the victim AS THE SAME LEARNER (with the
 * cookie the plant's answer set: the server pins a process to a learner, so the victim runs where
 * the plant ran), then the victim as another learner. Both victims must get their normal grade
 * (`victim.expectGrade`), and the same grade, to the byte.
 *
 * One test per category (long ones in parts), which Playwright's workers share; within a test the
 * programs are graded a few at a time (LOOPLAB_HOSTILE_JOBS, default 3), each with request
 * contexts of its own, and each program's problems are reported under its name. Failures are holes
 * to close, never expectations to relax (security/hostile/README.md).
 */
import { randomBytes } from 'node:crypto'
import { expect, test, type APIRequest, type APIResponse } from '@playwright/test'
import { GradeResultSchema, type GradeResult } from '@looplab/runtime'
import {
  escapeMarker,
  gradeExpectationFor,
  hostileCategories,
  type HostileProgram,
} from '../security/hostile/corpus'
import { sharedSecret, type Observers } from '../security/hostile/observers'
import {
  corpusFor,
  escapes,
  hostileObservers,
  serverEnvironmentHas,
  short,
} from './support/hostile'

const { attacks, pairs } = corpusFor('http')
/** A safe server answers well within this, whatever the program does (a grade is capped at 5 s). */
const answerTimeoutMs = 90_000
/** Submissions in flight per test (one per learner); with Playwright's two workers, twice that on
 *  the server. */
const jobsPerTest = Number(process.env.LOOPLAB_HOSTILE_JOBS) || 3
/** Programs per test at most (a pair counts double): the workers share the tests. */
const unitsPerTest = 10

test.describe.configure({ mode: 'parallel', timeout: 10 * 60_000 })

// ---- Talking to the server ------------------------------------------------------------------

let clients = 0
/** This worker's own block of addresses: the counter below starts at 1 in every worker. */
const addressBlock = `${(Number(process.env.TEST_WORKER_INDEX) || 0).toString(16)}:${randomBytes(2).toString('hex')}`
/** A client address of its own (documentation range, never a real one). */
function newClientAddress(): string {
  clients += 1
  return `2001:db8:4c4c:${addressBlock}::${clients.toString(16)}`
}

/** Where submissions go: Playwright's HTTP client, with the site's address. */
type Client = { request: APIRequest; baseURL: string }

type Answer = {
  what: string
  status: number
  headers: Record<string, string>
  body: string
  ms: number
}

/**
 * POSTs one submission. A fresh request context each time, so no cookie is sent unless given:
 * without one the server makes a new learner.
 */
async function post(
  what: string,
  { request, baseURL }: Client,
  submission: { exercise: string; code: string },
  client: { address: string; cookie?: string },
): Promise<Answer> {
  const context = await request.newContext({ baseURL })
  const started = performance.now()
  try {
    let response: APIResponse
    try {
      response = await context.post('/api/grade', {
        headers: {
          'x-forwarded-for': client.address,
          'content-type': 'application/json',
          ...(client.cookie ? { cookie: client.cookie } : {}),
        },
        // A Buffer goes as is.
        data: Buffer.from(JSON.stringify(submission)),
        timeout: answerTimeoutMs,
        failOnStatusCode: false,
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { what, status: 0, headers: {}, body: message, ms: performance.now() - started }
    }
    return {
      what,
      status: response.status(),
      headers: response.headers(),
      body: await response.text(),
      ms: Math.round(performance.now() - started),
    }
  } finally {
    await context.dispose()
  }
}

/** The learner cookie an answer set (`name=value`), if it set one. */
function learnerCookie(answer: Answer): string | undefined {
  const header = answer.headers['set-cookie'] ?? ''
  return /(?:^|\n)\s*(looplab_learner=[^;\s]+)/.exec(header)?.[1]
}

// ---- Judging an answer -----------------------------------------------------------------------

/** The grade in an answer, with a problem for anything a safe server would not answer. */
function judge(answer: Answer, allowed: readonly GradeResult['status'][], problems: string[]) {
  const { what } = answer
  if (answer.status !== 200) {
    problems.push(
      answer.status === 0
        ? `${what}: no answer (${short(answer.body, 300)})`
        : `${what}: HTTP ${answer.status}, expected 200: ${short(answer.body, 600)}`,
    )
    return null
  }
  if (answer.body.includes(escapeMarker)) {
    const at = answer.body.indexOf(escapeMarker)
    problems.push(
      `${what}: the answer says the program escaped: …${answer.body.slice(Math.max(0, at - 120), at + 200)}…`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(answer.body)
  } catch {
    problems.push(`${what}: the answer is not JSON: ${short(answer.body, 300)}`)
    return null
  }
  const parsed = GradeResultSchema.safeParse(json)
  if (!parsed.success) {
    problems.push(`${what}: the answer is not a GradeResult: ${short(answer.body, 600)}`)
    return null
  }
  const grade = parsed.data
  // Every grade is stored, whatever the program printed (the server says 'unsaved' otherwise).
  if (answer.headers['x-looplab-submission'] === 'unsaved') {
    problems.push(`${what}: the server could not store the submission`)
  }
  if (!allowed.includes(grade.status)) {
    const failing = grade.tests.filter((each) => each.status !== 'pass').map((each) => each.name)
    problems.push(
      `${what}: graded ${grade.status}, expected ${allowed.join(' | ')}` +
        (grade.message ? ` (message: ${short(grade.message, 300)})` : '') +
        (failing.length ? ` (not passing: ${failing.join('; ')})` : ''),
    )
  }
  return grade
}

/** Every answer, body and headers, goes to the observers. */
function observe(observers: Observers, answers: readonly Answer[], problems: string[]): void {
  problems.push(
    ...escapes(
      observers,
      answers.flatMap((each) => [each.body, each.headers]),
    ),
  )
}

// ---- The jobs ------------------------------------------------------------------------------

type Outcome = { problems: string[]; answers: { what: string; status: number; ms: number }[] }

async function withObservers(
  work: (observers: Observers, answers: Answer[], problems: string[]) => Promise<void>,
): Promise<Outcome> {
  const problems: string[] = []
  const answers: Answer[] = []
  const observers = await hostileObservers()
  try {
    await work(observers, answers, problems)
    observe(observers, answers, problems)
  } finally {
    await observers.close()
  }
  const summary = answers.map(({ what, status, ms }) => ({ what, status, ms }))
  return { problems, answers: summary }
}

/** A learner as the server knows it: an address, and its cookie once an answer set one. */
type Learner = { address: string; cookie?: string }

/**
 * One attack, sent as `learner`: the attacks of a test go out as a few learners, each submitting
 * one program after another as an attacker with one account would — each runs where the one
 * before it ran (the server pins a process to a learner), which the persistence pairs prove
 * harmless, and no program waits for a new process to start unless the one before killed it.
 */
function attack(program: HostileProgram, client: Client, learner: Learner): Promise<Outcome> {
  return withObservers(async (observers, answers, problems) => {
    const expected = gradeExpectationFor(program)
    const code = observers.substitute(program.source)
    const answer = await post(
      `grade ${program.file} (${expected.exercise})`,
      client,
      { exercise: expected.exercise, code },
      learner,
    )
    answers.push(answer)
    learner.cookie ??= learnerCookie(answer)
    judge(answer, expected.status, problems)
  })
}

function persistence(plant: HostileProgram, victim: HostileProgram, client: Client) {
  return withObservers(async (observers, answers, problems) => {
    const expected = victim.victim
    if (!expected) throw new Error(`${victim.file} is not a victim`)
    const planting = gradeExpectationFor(plant)
    const victimCode = observers.substitute(victim.source)
    const address = newClientAddress()

    const planted = await post(
      `grade ${plant.file} (${planting.exercise}, learner A)`,
      client,
      { exercise: planting.exercise, code: observers.substitute(plant.source) },
      { address },
    )
    answers.push(planted)
    judge(planted, planting.status, problems)
    const cookie = learnerCookie(planted)
    if (!cookie) problems.push(`${planted.what}: the answer set no learner cookie`)

    const same = await post(
      `grade ${victim.file} (${expected.exercise}, learner A, after the plant)`,
      client,
      { exercise: expected.exercise, code: victimCode },
      { address, cookie },
    )
    answers.push(same)
    const afterPlant = judge(same, [expected.expectGrade], problems)
    if (cookie && learnerCookie(same)) {
      problems.push(`${same.what}: the server did not know the plant's learner (a new cookie)`)
    }

    const other = await post(
      `grade ${victim.file} (${expected.exercise}, learner B)`,
      client,
      { exercise: expected.exercise, code: victimCode },
      { address: newClientAddress() },
    )
    answers.push(other)
    const elsewhere = judge(other, [expected.expectGrade], problems)

    if (afterPlant && elsewhere && JSON.stringify(afterPlant) !== JSON.stringify(elsewhere)) {
      problems.push(
        `${same.what} differs from the same program graded for another learner: ` +
          `${short(JSON.stringify(afterPlant), 600)} instead of ${short(JSON.stringify(elsewhere), 300)}`,
      )
    }
  })
}

// ---- The tests ------------------------------------------------------------------------------

function pairKey(plant: HostileProgram): string {
  return `${plant.file} → ${plant.pairWith}`
}

type Unit = {
  name: string
  attack: string
  run: (client: Client, learner: Learner) => Promise<Outcome>
}

/** Splits a long list into tests of at most `size` units, so the two workers share them. */
function parts<T>(items: readonly T[], size: number): T[][] {
  const count = Math.ceil(items.length / size)
  const each = Math.ceil(items.length / count)
  return Array.from({ length: count }, (_, index) => items.slice(index * each, (index + 1) * each))
}

/** One test: its units graded `jobsPerTest` at a time, each one's problems reported on its own. */
function gradingTest(title: string, units: readonly Unit[]): void {
  test(title, async ({ playwright, baseURL }) => {
    if (!baseURL) throw new Error('no baseURL: run through playwright.config.ts')
    const client: Client = { request: playwright.request, baseURL }
    // `jobsPerTest` lanes, each a learner of its own taking the next unit when it is free.
    const outcomes: Outcome[] = []
    let next = 0
    const lane = async () => {
      const learner: Learner = { address: newClientAddress() }
      while (next < units.length) {
        const index = next++
        const unit = units[index] as Unit
        outcomes[index] = await unit.run(client, learner).catch((error: unknown): Outcome => ({
          problems: [`the test harness failed: ${error instanceof Error ? error.stack : error}`],
          answers: [],
        }))
      }
    }
    await Promise.all(Array.from({ length: jobsPerTest }, lane))
    units.forEach((unit, index) => {
      const { problems, answers } = outcomes[index] as Outcome
      for (const answer of answers) {
        test.info().annotations.push({
          type: 'answer',
          description: `${answer.what}: HTTP ${answer.status} in ${answer.ms} ms`,
        })
      }
      expect.soft(problems, `${unit.name}: ${unit.attack}`).toEqual([])
    })
  })
}

test('the server holds the secret the observers look for', ({ baseURL }) => {
  const { name, value } = sharedSecret()
  const port = Number(new URL(baseURL ?? 'http://127.0.0.1').port)
  const held = serverEnvironmentHas(port, name, value)
  test.skip(held === undefined, 'no /proc to read the server’s environment from')
  expect(held, `a process serving port ${port} started with ${name}=<this run's secret>`).toBe(true)
})

for (const category of hostileCategories) {
  const units = attacks
    .filter((program) => program.category === category)
    .map((program) => ({
      name: program.file,
      attack: program.attack,
      run: (client: Client, learner: Learner) => attack(program, client, learner),
    }))
  const split = parts(units, unitsPerTest)
  split.forEach((part, index) => {
    const which = split.length > 1 ? `, part ${index + 1} of ${split.length}` : ''
    gradingTest(`hostile corpus (HTTP) — ${category}${which} (${part.length} programs)`, part)
  })
}

const pairUnits = pairs.map(({ plant, victim }) => ({
  name: pairKey(plant),
  attack: plant.attack,
  run: (client: Client) => persistence(plant, victim, client),
}))
const pairParts = pairUnits.length ? parts(pairUnits, Math.ceil(unitsPerTest / 2)) : []
pairParts.forEach((part, index) => {
  gradingTest(
    `hostile corpus (HTTP) — persistence: plant, then victim, part ${index + 1} of ${pairParts.length} (${part.length} pairs)`,
    part,
  )
})
