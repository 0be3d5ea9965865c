// The grading API under hostile load (a security requirement, not only a benchmark): N learners
// at once for D seconds, each with its own cookie and its own client address (X-Forwarded-For, as
// behind a proxy, so per-client limits apply per learner), each sending its next submission as
// soon as the previous answer arrives. They send the course's solutions, starters and known wrong
// answers, mixed with hostile programs (a busy loop, a memory bomb, an output flood, ctypes and js
// imports, a time.sleep loop, a syntax error, a program printing an expected output).
//
// Requirements, each a failure line and exit 1 when broken:
//   - no 5xx, and no other refusal (a 429 only with --rate-limit, which keeps the server's limits;
//     by default they are lifted so that no client is rate-limited), and every request answered;
//   - every 200 carries a GradeResult and a unique numeric x-looplab-submission, and after the
//     server stops the database holds exactly those rows (learner, exercise, status) — no lost,
//     no duplicated, no stray rows (a fresh PGlite folder, or a fresh PostgreSQL database when
//     LOOPLAB_TEST_DATABASE_URL is set);
//   - every hostile program graded fail or error, every solution pass, no starter or wrong answer
//     pass, and every hostile kind graded at least once.
// Reports latency percentiles, grades/s, status counts, the grader processes the server started
// (counted from /proc: the server exposes no pool counters) and the load average before and after.
//
// Needs a production build (npm run build).
// Usage: node scripts/load-grade.mjs [--clients 20] [--seconds 60] [--hostile-share 0.2]
//          [--seed 1] [--rate-limit] [--json]
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { percentile, requireBuild, startServer } from './grading-server.mjs'
import { ProcessWatch } from './proc.mjs'
import { courseSubmissions, hostilePrograms, hostileSubmission } from './submissions.mjs'

const args = process.argv.slice(2)
/** The last `name value` wins, so `npm run bench -- --seconds 30` overrides bench.mjs's 60. */
const option = (name, fallback) => {
  const at = args.lastIndexOf(name)
  if (at < 0) return fallback
  const value = Number(args[at + 1])
  if (!Number.isFinite(value) || value < 0) {
    console.error(`load-grade: ${name} needs a number ≥ 0, not ${args[at + 1]}`)
    process.exit(2)
  }
  return value
}
const settings = {
  clients: Math.max(1, Math.round(option('--clients', 20))),
  seconds: option('--seconds', 60),
  hostileShare: Math.min(1, option('--hostile-share', 0.2)),
  seed: option('--seed', 1),
  rateLimited: args.includes('--rate-limit'),
}
const json = args.includes('--json')
/** A request still unanswered after this is a failure of its own (the server hangs). */
const requestTimeoutMs = 60_000
const submissionHeader = 'x-looplab-submission'

requireBuild('load-grade')

// ---- what the learners send ---------------------------------------------------------------

function random(seed) {
  let state = seed >>> 0 || 1
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(list, next) {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * One deck for all learners, dealt in blocks: each block holds every hostile program once and
 * enough course submissions (taken in a shuffled cycle) for the hostile share, so the share is
 * exact. Later blocks are shuffled; the first spreads its hostile programs over the first wave
 * (one request per learner), so that every one is sent even when a slow server answers each
 * learner only once or twice in a short run.
 */
function deck(normal, share, seed, firstWave) {
  const next = random(seed)
  const exercises = [...new Set(normal.map((s) => s.exercise))]
  const hostile = share > 0 ? hostilePrograms : []
  const blockSize = share > 0 ? Math.max(hostile.length, Math.round(hostile.length / share)) : 64
  let cycle = []
  let block = []
  let round = 0
  const nextNormal = () => {
    if (cycle.length === 0) cycle = shuffle(normal, next)
    return cycle.pop()
  }
  const deal = () => {
    const programs = hostile.map((program, i) => hostileSubmission(program, exercises, round + i))
    const normals = Array.from({ length: blockSize - programs.length }, nextNormal)
    if (round++ > 0) return shuffle([...programs, ...normals], next)
    const spread = Math.max(programs.length, Math.min(firstWave, blockSize))
    const dealt = [...normals]
    shuffle(programs, next).forEach((program, i) => {
      dealt.splice(Math.floor((i * spread) / programs.length), 0, program)
    })
    return dealt
  }
  return () => {
    if (block.length === 0) block = deal()
    return block.shift()
  }
}

// ---- the database the server writes to, counted after it stops ----------------------------

async function freshDatabase() {
  const adminUrl = process.env.LOOPLAB_TEST_DATABASE_URL?.trim()
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'looplab-load-'))
    return {
      label: 'PGlite (a fresh folder)',
      env: { LOOPLAB_DATA_DIR: dir, DATABASE_URL: '' },
      async rows() {
        const { PGlite } = await import('@electric-sql/pglite')
        const client = await PGlite.create(path.join(dir, 'pglite'))
        try {
          return (await client.query(rowsQuery)).rows
        } finally {
          await client.close()
        }
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  const { default: pg } = await import('pg')
  const name = `looplab_load_${randomBytes(6).toString('hex')}`
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    label: `PostgreSQL (a fresh database ${name})`,
    env: { DATABASE_URL: url.toString() },
    async rows() {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      try {
        return (await client.query(rowsQuery)).rows
      } finally {
        await client.end()
      }
    },
    cleanup: () => admin(`drop database if exists ${name} with (force)`),
  }
}

const rowsQuery = 'select id, learner_id, exercise_id, status from submissions order by id'

// ---- the learners ---------------------------------------------------------------------------

const learnerPattern = /(?:^|[;,]\s*)looplab_learner=([A-Za-z0-9_-]{22})/

/** One learner: its own address and cookie, one request at a time until the deadline. */
async function learner(index, base, nextSubmission, deadline, answers, loadStart) {
  const client = {
    index,
    address: `198.18.${Math.floor(index / 250)}.${(index % 250) + 1}`,
    learnerId: null,
  }
  while (performance.now() < deadline) {
    const submission = nextSubmission()
    const answer = await send(base, client, submission)
    answer.atSeconds = (answer.startedMs - loadStart) / 1000
    answers.push(answer)
    if (answer.http === 429 && settings.rateLimited) {
      const wait = Math.min(answer.retryAfter * 1000, Math.max(0, deadline - performance.now()))
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}

async function send(base, client, submission) {
  const sentLearner = client.learnerId
  const headers = { 'content-type': 'application/json', 'x-forwarded-for': client.address }
  if (sentLearner) headers.cookie = `looplab_learner=${sentLearner}`
  const startedMs = performance.now()
  const answer = {
    client: client.index,
    submission,
    startedMs,
    sentLearner,
    http: null,
    failure: null,
  }
  try {
    const response = await fetch(`${base}/api/grade`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ exercise: submission.exercise, code: submission.code }),
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
    const text = await response.text()
    answer.ms = performance.now() - startedMs
    answer.http = response.status
    answer.submissionHeader = response.headers.get(submissionHeader)
    answer.retryAfter = Number(response.headers.get('retry-after') ?? 1) || 1
    const cookie = response.headers.get('set-cookie')
    answer.setLearner = cookie ? (learnerPattern.exec(cookie)?.[1] ?? 'unreadable') : null
    // Only what the verdict reads: a grade's or a refusal's headline, not its whole report.
    try {
      const { version, status, error, message } = JSON.parse(text) ?? {}
      answer.body = { version, status, error, message: message?.slice?.(0, 300) ?? message }
    } catch {
      answer.body = { unparsed: text.slice(0, 200) }
    }
  } catch (error) {
    answer.ms = performance.now() - startedMs
    answer.failure = error?.name === 'TimeoutError' ? 'no answer (timeout)' : `no answer (${error})`
  }
  // The learner is who the server says it is: the cookie it set, or the one we sent.
  if (answer.setLearner && answer.setLearner !== 'unreadable') client.learnerId = answer.setLearner
  answer.learnerId =
    answer.setLearner && answer.setLearner !== 'unreadable' ? answer.setLearner : sentLearner
  return answer
}

// ---- the run --------------------------------------------------------------------------------

async function main() {
  const loadBefore = loadavg()
  const normal = courseSubmissions()
  const nextSubmission = deck(normal, settings.hostileShare, settings.seed, settings.clients)
  const database = await freshDatabase()
  const limits = settings.rateLimited
    ? {}
    : { LOOPLAB_GRADE_BURST: '1000000000', LOOPLAB_GRADE_RATE: '1000000000' }
  const answers = []
  const warmAnswers = []
  let server = null
  let watch = null
  let stopped = null
  let rows = null
  let rowsError = null
  let runError = null
  let survivors = []
  let warm = null
  let load = null
  try {
    try {
      server = await startServer({ env: { ...database.env, ...limits }, echoLines: 40 })
      watch = new ProcessWatch(server.pid).start(100)

      // The first grade starts the pool; it is timed apart, by a learner of its own.
      watch.mark('warm-up')
      const warmClient = { index: 0, address: '198.19.0.1', learnerId: null }
      const solution = normal.find((s) => s.kind === 'solution')
      const first = await send(server.base, warmClient, solution)
      warmAnswers.push(first)
      warm = { ms: first.ms, http: first.http ?? first.failure, grade: first.body?.status }

      watch.mark('load')
      const loadStart = performance.now()
      const deadline = loadStart + settings.seconds * 1000
      await Promise.all(
        Array.from({ length: settings.clients }, (_, i) =>
          learner(i + 1, server.base, nextSubmission, deadline, answers, loadStart),
        ),
      )
      load = { seconds: (performance.now() - loadStart) / 1000 }
      watch.mark('after')
    } catch (error) {
      runError = String(error?.message ?? error)
    } finally {
      if (server) {
        const exitedEarly = server.exit
        stopped = { ...(await server.stop()), exitedEarly: Boolean(exitedEarly) }
        watch?.sample()
        watch?.stop()
        survivors = await leftRunning(watch)
      }
    }
    rows = await database.rows()
  } catch (error) {
    rowsError = String(error?.message ?? error)
  } finally {
    await database.cleanup().catch(() => {})
  }
  const report = analyse({
    answers,
    warmAnswers,
    runError,
    warm,
    load,
    rows,
    rowsError,
    stopped,
    survivors,
    processes: watch?.report() ?? null,
    server,
    database: database.label,
    loadBefore,
    loadAfter: loadavg(),
  })
  if (json) console.log(JSON.stringify(report, null, 2))
  else print(report)
  for (const line of report.failures) console.error(`load-grade: FAIL ${line}`)
  return report.failures.length === 0 ? 0 : 1
}

/** Processes the server started that outlive it (after 3 s of grace), killed by pid. */
async function leftRunning(watch) {
  if (!watch) return []
  let left = watch.survivors()
  for (let i = 0; i < 30 && left.length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    left = watch.survivors()
  }
  for (const entry of left) {
    try {
      process.kill(entry.pid, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }
  return left.map((entry) => ({ pid: entry.pid, command: entry.cmd.slice(0, 160) }))
}

// ---- the verdict ----------------------------------------------------------------------------

function summarize(list) {
  const sorted = list.map((a) => a.ms).sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? null,
  }
}

/** What an answer came to: a grade status, or the refusal (status and error code). */
function outcome(answer) {
  if (answer.failure) return answer.failure
  if (answer.http === 200) return String(answer.body?.status ?? 'no grade')
  return `HTTP ${answer.http}${answer.body?.error ? ` ${answer.body.error}` : ''}`
}

function group(submissionKind) {
  return submissionKind.kind === 'hostile'
    ? `hostile ${submissionKind.hostile}`
    : submissionKind.kind
}

/**
 * "503 busy ×20 (19 normal, 1 hostile; first 23.4 s into the load) — 2× solution take-turns →
 * HTTP 503 busy; …": what came back, then which submissions, the most frequent first.
 */
function describe(list, limit = 6) {
  const outcomes = new Map()
  for (const answer of list) {
    const key = outcome(answer).replace(/^HTTP /, '')
    const seen = outcomes.get(key) ?? { n: 0, hostile: 0 }
    seen.n++
    if (answer.submission.kind === 'hostile') seen.hostile++
    outcomes.set(key, seen)
  }
  const times = list.map((a) => a.atSeconds).filter((t) => t !== undefined)
  const first = times.length
    ? `; the first sent ${Math.min(...times).toFixed(1)} s into the load`
    : ''
  const what = [...outcomes]
    .map(([key, { n, hostile }]) => `${key} ×${n} (${n - hostile} normal, ${hostile} hostile)`)
    .join(', ')
  return `${what}${first} — ${bySubmission(list, limit)}`
}

/** "3× solution take-turns → HTTP 503 busy, 1× …": the most frequent first, at most `limit`. */
function bySubmission(list, limit) {
  const counts = new Map()
  for (const answer of list) {
    const key = `${answer.submission.label} → ${outcome(answer)}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1])
  const shown = sorted.slice(0, limit).map(([key, n]) => `${n}× ${key}`)
  if (sorted.length > limit) shown.push(`… ${sorted.length - limit} more kinds`)
  return shown.join('; ')
}

function firstMessage(list) {
  const message = list.find((a) => a.body?.message)?.body.message
  return message ? ` (e.g. "${String(message).slice(0, 140)}")` : ''
}

function analyse(run) {
  const { answers, rows } = run
  const failures = []
  const all = [...run.warmAnswers, ...answers]
  const answered = answers.filter((a) => a.http !== null)
  const ok = all.filter((a) => a.http === 200)

  const statusCodes = {}
  for (const answer of answers) {
    const key = answer.http === null ? 'no answer' : String(answer.http)
    statusCodes[key] = (statusCodes[key] ?? 0) + 1
  }

  // HTTP: no 5xx, nothing refused but a deliberate 429, everything answered.
  const fiveHundreds = all.filter((a) => a.http >= 500)
  if (fiveHundreds.length) {
    failures.push(`${fiveHundreds.length} 5xx responses: ${describe(fiveHundreds)}`)
  }
  const refused = all.filter(
    (a) =>
      a.http !== null &&
      a.http !== 200 &&
      a.http < 500 &&
      !(a.http === 429 && settings.rateLimited),
  )
  if (refused.length) {
    const why = settings.rateLimited ? '' : ' (the rate limit was lifted: a 429 is a failure)'
    failures.push(`${refused.length} requests refused${why}: ${describe(refused)}`)
  }
  const unanswered = all.filter((a) => a.failure)
  if (unanswered.length) {
    failures.push(`${unanswered.length} requests got no answer: ${describe(unanswered)}`)
  }
  if (run.runError) failures.push(`the run stopped early: ${run.runError}`)
  if (run.stopped?.exitedEarly) {
    failures.push(
      `the server exited during the run: ${run.server?.stderr.lines.slice(-3).join(' | ')}`,
    )
  }
  if (run.warm && run.warm.http !== 200) {
    failures.push(`the first (warm-up) request was not graded: ${describe(run.warmAnswers)}`)
  }

  // Grades: an Exercism v3 result, and the right verdict for what was sent.
  const malformed = ok.filter(
    (a) => a.body?.version !== 3 || !['pass', 'fail', 'error'].includes(a.body?.status),
  )
  if (malformed.length) {
    failures.push(
      `${malformed.length} 200 answers hold no Exercism v3 GradeResult: ${describe(malformed)}`,
    )
  }
  const hostilePassed = ok.filter(
    (a) => a.submission.kind === 'hostile' && a.body?.status === 'pass',
  )
  if (hostilePassed.length) {
    failures.push(
      `${hostilePassed.length} hostile submissions graded pass: ${describe(hostilePassed)}`,
    )
  }
  const hostileOther = ok.filter(
    (a) => a.submission.kind === 'hostile' && !['pass', 'fail', 'error'].includes(a.body?.status),
  )
  if (hostileOther.length) {
    failures.push(
      `${hostileOther.length} hostile submissions not graded fail or error: ${describe(hostileOther)}`,
    )
  }
  const solutionsNotPassed = ok.filter(
    (a) => a.submission.kind === 'solution' && a.body?.status !== 'pass',
  )
  if (solutionsNotPassed.length) {
    failures.push(
      `${solutionsNotPassed.length} solutions not graded pass: ${describe(solutionsNotPassed)}${firstMessage(solutionsNotPassed)}`,
    )
  }
  const wrongPassed = ok.filter(
    (a) => ['starter', 'wrong'].includes(a.submission.kind) && a.body?.status === 'pass',
  )
  if (wrongPassed.length) {
    failures.push(
      `${wrongPassed.length} starters or wrong answers graded pass: ${describe(wrongPassed)}`,
    )
  }
  if (settings.hostileShare > 0) {
    const graded = new Set(
      ok.filter((a) => a.submission.kind === 'hostile').map((a) => a.submission.hostile),
    )
    const never = hostilePrograms.map((p) => p.kind).filter((kind) => !graded.has(kind))
    if (never.length) {
      failures.push(`hostile programs never graded (so not tested): ${never.join(', ')}`)
    }
  }

  // Learners: every 200 is stored for the learner the cookie names.
  const cookieProblems = ok.filter(
    (a) =>
      a.setLearner === 'unreadable' ||
      (!a.sentLearner && !a.setLearner) ||
      (a.sentLearner && a.setLearner && a.setLearner !== a.sentLearner),
  )
  if (cookieProblems.length) {
    failures.push(
      `${cookieProblems.length} answers set no learner cookie, an unreadable one, or a different learner's: ${describe(cookieProblems)}`,
    )
  }

  // Rows: a unique numeric id per 200, and the database holds exactly those.
  const unsaved = ok.filter((a) => !/^\d+$/.test(a.submissionHeader ?? ''))
  if (unsaved.length) {
    const values = [...new Set(unsaved.map((a) => String(a.submissionHeader)))].join(', ')
    failures.push(
      `${unsaved.length} graded answers without a stored row id (${submissionHeader}: ${values})`,
    )
  }
  const byId = new Map()
  for (const answer of ok.filter((a) => /^\d+$/.test(a.submissionHeader ?? ''))) {
    const id = Number(answer.submissionHeader)
    byId.set(id, [...(byId.get(id) ?? []), answer])
  }
  const duplicates = [...byId].filter(([, list]) => list.length > 1).map(([id]) => id)
  if (duplicates.length) {
    failures.push(
      `${duplicates.length} row ids answered more than once: ${duplicates.slice(0, 10).join(', ')}`,
    )
  }
  const learners = new Set(all.map((a) => a.learnerId).filter(Boolean))
  let database = null
  if (rows === null) {
    failures.push(`could not read the database after the run: ${run.rowsError}`)
  } else {
    const stored = new Map(rows.map((row) => [Number(row.id), row]))
    const ours = rows.filter((row) => learners.has(row.learner_id))
    const lost = [...byId.keys()].filter((id) => !stored.has(id))
    const extra = ours.filter((row) => !byId.has(Number(row.id)))
    const stray = rows.filter((row) => !learners.has(row.learner_id))
    const mismatched = [...byId].filter(([id, [answer]]) => {
      const row = stored.get(id)
      return (
        row &&
        (row.learner_id !== answer.learnerId ||
          row.exercise_id !== answer.submission.exercise ||
          row.status !== answer.body?.status)
      )
    })
    database = {
      rows: rows.length,
      rowsOfTestLearners: ours.length,
      learners: learners.size,
      lost: lost.length,
      extra: extra.length,
      stray: stray.length,
      mismatched: mismatched.length,
    }
    if (lost.length) {
      failures.push(
        `${lost.length} answered rows are not in the database: ids ${lost.slice(0, 10).join(', ')}`,
      )
    }
    if (extra.length) {
      failures.push(
        `${extra.length} rows in the database were never answered: ids ${extra
          .slice(0, 10)
          .map((r) => r.id)
          .join(', ')}`,
      )
    }
    if (stray.length) {
      failures.push(`${stray.length} rows in the database belong to no learner of the test`)
    }
    if (mismatched.length) {
      const [id, [answer]] = mismatched[0]
      const row = stored.get(id)
      failures.push(
        `${mismatched.length} rows differ from their answer (learner, exercise or status), e.g. id ${id}: ` +
          `row ${row.exercise_id}/${row.status}, answer ${answer.submission.exercise}/${answer.body?.status}`,
      )
    }
  }

  // What each kind of submission came to.
  const outcomes = {}
  for (const answer of answers) {
    const kind = group(answer.submission)
    outcomes[kind] ??= {}
    outcomes[kind][outcome(answer)] = (outcomes[kind][outcome(answer)] ?? 0) + 1
  }
  const hostile = answered.filter((a) => a.submission.kind === 'hostile')
  const normal = answered.filter((a) => a.submission.kind !== 'hostile')
  const gradesPerSecond = run.load
    ? answers.filter((a) => a.http === 200).length / run.load.seconds
    : 0
  return {
    settings: { ...settings, requestTimeoutMs },
    cores: availableParallelism(),
    database: run.database,
    loadAverageBefore: run.loadBefore,
    loadAverageAfter: run.loadAfter,
    warmUp: run.warm,
    loadSeconds: run.load?.seconds ?? null,
    requests: answers.length,
    hostileRequests: answers.filter((a) => a.submission.kind === 'hostile').length,
    gradesPerSecond,
    statusCodes,
    latency: {
      all: summarize(answered),
      graded: summarize(answered.filter((a) => a.http === 200)),
      normal: summarize(normal),
      hostile: summarize(hostile),
    },
    outcomes,
    storage: database,
    processes: run.processes,
    poolCounters: 'not exposed by the server (grader processes counted from /proc instead)',
    leftRunningAfterStop: run.survivors,
    server: {
      stopped: run.stopped,
      stderrLines: run.server?.stderr.total ?? 0,
      stderrTail: run.server?.stderr.lines.slice(-5) ?? [],
    },
    failures,
  }
}

function print(report) {
  const s = report.settings
  const ms = (n) => (n === null ? '      –' : n.toFixed(0).padStart(7))
  const load = (l) => l.map((n) => n.toFixed(2)).join(' ')
  console.log(
    `Grading under hostile load: ${s.clients} learners × ${s.seconds} s, ${(s.hostileShare * 100).toFixed(0)}% hostile, ` +
      `rate limit ${s.rateLimited ? "kept (the server's)" : 'lifted'}; ${report.database}; ${report.cores} cores`,
  )
  console.log(`load average before: ${load(report.loadAverageBefore)}`)
  if (report.warmUp) {
    console.log(
      `first request (starts the pool): ${report.warmUp.http} ${report.warmUp.grade ?? ''} in ${(report.warmUp.ms / 1000).toFixed(1)} s`,
    )
  }
  const codes = Object.entries(report.statusCodes)
    .map(([code, n]) => `${code} ×${n}`)
    .join(', ')
  console.log(
    `${report.requests} requests (${report.hostileRequests} hostile) in ${(report.loadSeconds ?? 0).toFixed(1)} s: ` +
      `${report.gradesPerSecond.toFixed(1)} grades/s; status codes: ${codes || 'none'}`,
  )
  console.log('latency        count    p50 ms   p95 ms   p99 ms   max ms')
  for (const [name, row] of Object.entries(report.latency)) {
    console.log(
      `${name.padEnd(12)} ${String(row.count).padStart(6)}  ${ms(row.p50Ms)}  ${ms(row.p95Ms)}  ${ms(row.p99Ms)}  ${ms(row.maxMs)}`,
    )
  }
  console.log('outcomes:')
  for (const [kind, counts] of Object.entries(report.outcomes).sort()) {
    const parts = Object.entries(counts).map(([what, n]) => `${what} ×${n}`)
    console.log(`  ${kind.padEnd(26)} ${parts.join(', ')}`)
  }
  const db = report.storage
  if (db) {
    console.log(
      `database: ${db.rows} rows (${db.rowsOfTestLearners} of the ${db.learners} test learners); ` +
        `lost ${db.lost}, never answered ${db.extra}, stray ${db.stray}, differing ${db.mismatched}`,
    )
  }
  const p = report.processes
  if (p?.available) {
    const phases = Object.entries(p.byPhase)
      .map(([phase, n]) => `${phase === 'load' ? 'during the load' : phase} ${n}`)
      .join(', ')
    const commands = Object.entries(p.byCommand)
      .map(([command, n]) => `${command} ×${n}`)
      .join(', ')
    console.log(
      `grader processes (from /proc; the server exposes no pool counters): ${p.graders} started ` +
        `(${phases || 'none'}), at most ${p.maxAlive} at once, ${p.processes} processes in all; ` +
        `launched as ${commands || '–'}` +
        (p.helpers ? `; and ${p.helpers} helper processes (esbuild)` : ''),
    )
  } else {
    console.log('grader processes: not counted (no /proc)')
  }
  if (report.leftRunningAfterStop.length) {
    console.log(
      `⚠ ${report.leftRunningAfterStop.length} processes outlived the server (killed): ` +
        report.leftRunningAfterStop.map((e) => `${e.pid} ${e.command}`).join('; '),
    )
  }
  console.log(`server stderr: ${report.server.stderrLines} lines`)
  console.log(`load average after: ${load(report.loadAverageAfter)}`)
  console.log(
    report.failures.length === 0
      ? '✔ every requirement held'
      : `✘ ${report.failures.length} requirements failed (below)`,
  )
}

process.exit(
  await main().catch((error) => {
    console.error(`load-grade: FAIL could not run: ${error?.stack ?? error}`)
    return 1
  }),
)
