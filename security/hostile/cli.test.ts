/**
 * HOSTILE CORPUS — CLI PATH. Runs every program of security/hostile/programs whose `paths` include
 * `cli` as the attacker would: placeholders substituted, alone in a temporary folder, through
 * `node runtime/bin/looplab.mjs run FILE --json` in a child process whose environment holds the
 * host's secret; then `looplab grade EXERCISE FILE --json` for entries with `grade` (whose plain
 * run is skipped when any ending is acceptable: see needsRun). A plant runs on its own first
 * (`looplab run`, its own expectations); then, in a new process, `looplab grade
 * EXERCISE DIR --jobs 1` grades [victim, plant, victim] one after another on ONE engine, like
 * successive learners on a server: the victim's grade after the plant must equal its grade before
 * (persistence in memory), and the first one must be the victim's normal grade although a plant ran
 * in an earlier process (persistence through the host's disk).
 *
 * Each test lists every way its program got out or answered wrongly. Failures here are holes to
 * close, not expectations to relax: the manifest (corpus.ts) says what a safe system answers.
 * Three programs run at a time (LOOPLAB_HOSTILE_JOBS to change); each process is time-boxed.
 * LOOPLAB_HOSTILE=regex runs only the programs whose file name matches; LOOPLAB_HOSTILE_REPORT=file
 * writes every program's answers (status, output heads, timings) and problems as JSON.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { GradeResultSchema, RunResultSchema, type GradeResult } from '@looplab/runtime'
import {
  escapeMarker,
  hostileCategories,
  hostilePairs,
  loadHostileCorpus,
  printsExpected,
  type HostileProgram,
} from './corpus'
import { startObservers, type Observers } from './observers'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repoRoot, 'runtime', 'bin', 'looplab.mjs')
/** Per `looplab` process: a safe system answers well within this, whatever the program does. */
const timeBoxMs = 60_000
/** A looplab process spends much of its life waiting (a sandbox starting, a time limit): three at
 *  once keep 2 cores busy without starving them. */
const parallelism = Number(process.env.LOOPLAB_HOSTILE_JOBS) || 3
const maxCapturedBytes = 64 * 1024 * 1024

const only = process.env.LOOPLAB_HOSTILE ? new RegExp(process.env.LOOPLAB_HOSTILE) : null
const corpus = loadHostileCorpus().filter((program) => program.paths.includes('cli'))
const selected = (program: HostileProgram) => !only || only.test(program.file)
const attacks = corpus.filter((program) => program.role === 'attack' && selected(program))
const pairs = hostilePairs(corpus).filter(
  ({ plant, victim }) => selected(plant) || selected(victim),
)

// ---- Running looplab ------------------------------------------------------------------------

type Finished = {
  command: string
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
  limitMs: number
  ms: number
}

/**
 * A batch's time box: one program's, plus what each further submission may take — a fresh
 * process and at most the 5 s wall-clock limit — on a loaded machine.
 */
function batchTimeBoxMs(submissions: number): number {
  return timeBoxMs + submissions * 15_000
}

function looplab(
  args: string[],
  env: Record<string, string>,
  timeLimitMs = timeBoxMs,
): Promise<Finished> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: the time box stops whatever it started too
    })
    const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] }
    let bytes = 0
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes <= maxCapturedBytes) chunks[stream].push(chunk)
    }
    child.stdout.on('data', collect('stdout'))
    child.stderr.on('data', collect('stderr'))
    let timedOut = false
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, timeLimitMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({
        command: `looplab ${args.join(' ')}`,
        code,
        signal,
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
        timedOut,
        limitMs: timeLimitMs,
        ms: Math.round(performance.now() - started),
      })
    })
  })
}

/** Runs at most `size` jobs at once, in the order they were asked for. */
function limiter(size: number) {
  let active = 0
  const waiting: (() => void)[] = []
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    active += 1
    try {
      return await job()
    } finally {
      active -= 1
      waiting.shift()?.()
    }
  }
}
const slot = limiter(parallelism)

function short(text: string, length = 400): string {
  return text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text
}

/** The process's JSON answer, or a problem saying why there is none. */
function parseAnswer<T>(
  finished: Finished,
  schema: z.ZodType<T>,
  problems: string[],
  what: string,
): T | null {
  if (finished.timedOut) {
    problems.push(
      `${what}: \`${finished.command}\` did not exit within ${finished.limitMs / 1000} s`,
    )
    return null
  }
  let json: unknown
  try {
    json = JSON.parse(finished.stdout)
  } catch {
    problems.push(
      `${what}: no JSON answer on stdout (exit ${finished.code ?? finished.signal}); ` +
        `stdout: ${JSON.stringify(short(finished.stdout, 200))}; ` +
        `stderr: ${JSON.stringify(short(finished.stderr))}`,
    )
    return null
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    problems.push(`${what}: the answer does not validate: ${short(parsed.error.message)}`)
    return null
  }
  return parsed.data
}

type RunResult = z.infer<typeof RunResultSchema>

function judgeRun(
  program: HostileProgram,
  finished: Finished,
  problems: string[],
): RunResult | null {
  const what = `run ${program.file}`
  const result = parseAnswer<RunResult>(finished, RunResultSchema, problems, what)
  if (!result) return null
  const seen = `(stdout: ${JSON.stringify(short(result.stdout))}; stderr: ${JSON.stringify(short(result.stderr))})`
  if (!program.run.status.includes(result.status)) {
    problems.push(
      `${what}: status ${result.status}, expected ${program.run.status.join(' | ')} ${seen}`,
    )
  }
  if (result.status === 'ok' && !printsExpected(program.run, result.stdout)) {
    problems.push(
      `${what}: ended ok without printing ${JSON.stringify(program.run.mustPrint)} ${seen}`,
    )
  }
  if (program.run.stdout !== undefined && result.stdout !== program.run.stdout) {
    problems.push(
      `${what}: stdout differs from a normal run: ${JSON.stringify(short(result.stdout))}`,
    )
  }
  if (result.stdout.includes(escapeMarker)) {
    const line = result.stdout.split('\n').find((text) => text.includes(escapeMarker)) ?? ''
    problems.push(`${what}: the program says it escaped: ${JSON.stringify(short(line, 300))}`)
  }
  return result
}

function judgeGrade(
  what: string,
  grade: GradeResult,
  allowed: readonly GradeResult['status'][],
  problems: string[],
): void {
  if (!allowed.includes(grade.status)) {
    const failing = grade.tests.filter((test) => test.status !== 'pass').map((test) => test.name)
    problems.push(
      `${what}: graded ${grade.status}, expected ${allowed.join(' | ')}` +
        (failing.length ? ` (not passing: ${failing.join('; ')})` : ''),
    )
  }
  if (JSON.stringify(grade).includes(escapeMarker)) {
    problems.push(`${what}: the grade's output says the program escaped`)
  }
}

function checkObservers(observers: Observers, answers: Finished[], problems: string[]): void {
  try {
    observers.assertNothingEscaped(answers.flatMap((answer) => [answer.stdout, answer.stderr]))
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
}

/**
 * Whether a graded program also needs a plain `looplab run`: only when its run expectation says
 * more than "ends ok or with an error". Otherwise its grade checks the same things (the observers,
 * the escape marker in its output) and the run would only cost a boot (~1-2 s: the file must stay
 * well under 4 minutes).
 */
function needsRun(program: HostileProgram): boolean {
  if (!program.grade) return true
  const { status, mustPrint, stdout } = program.run
  const anyEnding = status.every((value) => value === 'ok' || value === 'error')
  return !anyEnding || mustPrint !== undefined || stdout !== undefined
}

/** What one looplab process answered, for the report (LOOPLAB_HOSTILE_REPORT). */
type Note = { command: string; ms: number; status?: string; stdout?: string; stderr?: string }
type Outcome = { problems: string[]; ms: number; notes: Note[] }

function note(finished: Finished, folder: string, result?: RunResult | GradeResult | null): Note {
  const command = finished.command.split(folder).join('…')
  const entry: Note = { command, ms: finished.ms, status: result?.status }
  if (result && 'stdout' in result) {
    entry.stdout = short(result.stdout, 300)
    entry.stderr = short(result.stderr.slice(-300), 300)
  } else if (!result) {
    entry.status = finished.timedOut
      ? 'time box exceeded'
      : `exit ${finished.code ?? finished.signal}`
    entry.stderr = short(finished.stderr.slice(-300), 300)
  }
  return entry
}

async function inFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), 'looplab-hostile-'))
  try {
    return await work(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

async function attack(program: HostileProgram): Promise<Outcome> {
  const problems: string[] = []
  const notes: Note[] = []
  const observers = await startObservers()
  const started = performance.now()
  try {
    if (needsRun(program)) {
      await inFolder(async (folder) => {
        const file = path.join(folder, program.file)
        writeFileSync(file, observers.substitute(program.source))
        const ran = await looplab(['run', file, '--json'], observers.env())
        notes.push(note(ran, folder, judgeRun(program, ran, problems)))
        checkObservers(observers, [ran], problems)
      })
    }
  } finally {
    await observers.close()
  }
  return { problems, ms: Math.round(performance.now() - started), notes }
}

/** What grading this program in its exercise's batch says against its expectation. */
async function gradeProblems(program: HostileProgram): Promise<string[]> {
  if (!program.grade) return []
  const batch = await gradeBatch(program.grade.exercise)
  const problems = [...batch.problems]
  const grade = batch.grades.get(program.file)
  if (!grade) problems.push(`grade ${program.file}: missing from the batch's summary`)
  else judgeGrade(`grade ${program.file}`, grade, program.grade.status, problems)
  return problems
}

/**
 * Graded submissions go as a class's would: one `looplab grade EXERCISE DIR` per exercise (each
 * submission still in a sandboxed process of its own), all of them substituted with one set of
 * observers — an escape by any fails every program of that batch, with the observer's words.
 */
type GradedBatch = { grades: Map<string, GradeResult>; problems: string[] }
const batches = new Map<string, Promise<GradedBatch>>()

function gradeBatch(exercise: string): Promise<GradedBatch> {
  let batch = batches.get(exercise)
  if (!batch) {
    const programs = attacks.filter((program) => program.grade?.exercise === exercise)
    batch = slot(() => gradeAll(exercise, programs))
    batches.set(exercise, batch)
  }
  return batch
}

async function gradeAll(exercise: string, programs: HostileProgram[]): Promise<GradedBatch> {
  const problems: string[] = []
  const grades = new Map<string, GradeResult>()
  const observers = await startObservers()
  try {
    await inFolder(async (folder) => {
      for (const program of programs) {
        writeFileSync(path.join(folder, program.file), observers.substitute(program.source))
      }
      const graded = await looplab(
        ['grade', exercise, folder, '--json'],
        observers.env(),
        batchTimeBoxMs(programs.length),
      )
      const summary = parseAnswer(graded, BatchSchema, problems, `grade ${exercise} (batch)`)
      for (const row of summary?.submissions ?? []) grades.set(row.file, row.grade)
      checkObservers(observers, [graded], problems)
    })
  } finally {
    await observers.close()
  }
  return { grades, problems }
}

const BatchSchema = z.object({
  submissions: z.array(z.object({ file: z.string(), grade: GradeResultSchema })),
})

async function persistence(plant: HostileProgram, victim: HostileProgram): Promise<Outcome> {
  const expected = victim.victim
  if (!expected) throw new Error(`${victim.file} is not a victim`)
  const problems: string[] = []
  const notes: Note[] = []
  const observers = await startObservers()
  const started = performance.now()
  const exercise = expected.exercise
  try {
    await inFolder(async (folder) => {
      const env = observers.env()
      const answers: Finished[] = []
      const plantDir = mkdtempSync(path.join(folder, 'plant-'))
      const victimDir = mkdtempSync(path.join(folder, 'victim-'))
      const batchDir = mkdtempSync(path.join(folder, 'batch-'))
      const plantFile = path.join(plantDir, plant.file)
      const victimFile = path.join(victimDir, victim.file)
      writeFileSync(plantFile, observers.substitute(plant.source))
      writeFileSync(victimFile, observers.substitute(victim.source))
      // Sorted by name, graded one after another on one engine: the victim alone first (its
      // normal grade on this very engine), then the plant, then the victim again.
      copyFileSync(victimFile, path.join(batchDir, '1-victim-before.py'))
      copyFileSync(plantFile, path.join(batchDir, '2-plant.py'))
      copyFileSync(victimFile, path.join(batchDir, '3-victim-after.py'))

      // Always on its own first: a plant that reached the host's disk shows in the batch's first
      // grade, made by a process started after this one.
      const plantRun = await looplab(['run', plantFile, '--json'], env)
      answers.push(plantRun)
      notes.push(note(plantRun, folder, judgeRun(plant, plantRun, problems)))

      const batch = await looplab(
        ['grade', exercise, batchDir, '--jobs', '1', '--json'],
        env,
        batchTimeBoxMs(3),
      )
      answers.push(batch)
      const summary = parseAnswer(
        batch,
        BatchSchema,
        problems,
        `grade ${exercise} [victim, plant, victim]`,
      )
      notes.push(note(batch, folder))
      if (summary) {
        const byFile = new Map(summary.submissions.map((row) => [row.file, row.grade]))
        const before = byFile.get('1-victim-before.py')
        const planted = byFile.get('2-plant.py')
        const after = byFile.get('3-victim-after.py')
        if (!before || !planted || !after) {
          problems.push(`the batch graded ${summary.submissions.map((row) => row.file).join(', ')}`)
        } else {
          judgeGrade(
            `grade ${victim.file} (before the plant)`,
            before,
            [expected.expectGrade],
            problems,
          )
          judgeGrade(
            `grade ${plant.file}`,
            planted,
            plant.grade?.status ?? ['fail', 'error'],
            problems,
          )
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            problems.push(
              `grade ${victim.file} after ${plant.file} on the same engine differs from before it: ` +
                `${short(JSON.stringify(after), 600)} instead of ${short(JSON.stringify(before), 300)}`,
            )
          }
        }
      }
      checkObservers(observers, answers, problems)
    })
  } finally {
    await observers.close()
  }
  return { problems, ms: Math.round(performance.now() - started), notes }
}

// ---- The tests ------------------------------------------------------------------------------

const outcomes = new Map<string, Promise<Outcome>>()

function schedule(key: string, job: () => Promise<Outcome>): Promise<Outcome> {
  let outcome = outcomes.get(key)
  if (!outcome) {
    outcome = slot(job).catch((error: unknown): Outcome => ({
      problems: [`the test harness failed: ${error instanceof Error ? error.stack : error}`],
      ms: 0,
      notes: [],
    }))
    outcomes.set(key, outcome)
  }
  return outcome
}

const attackJob = (program: HostileProgram) => () => attack(program)
const pairJob = (plant: HostileProgram, victim: HostileProgram) => () => persistence(plant, victim)
const pairKey = (plant: HostileProgram) => `${plant.file} → ${plant.pairWith}`

beforeAll(() => {
  // Everything is queued at once, in test order: while one test waits for its answer, the next
  // programs already run. Waiting for a slot counts against no time box.
  for (const category of hostileCategories) {
    for (const program of attacks.filter((candidate) => candidate.category === category)) {
      void schedule(program.file, attackJob(program))
    }
  }
  for (const { plant, victim } of pairs) void schedule(pairKey(plant), pairJob(plant, victim))
  for (const program of attacks) if (program.grade) void gradeBatch(program.grade.exercise)
})

afterAll(async () => {
  const settled = await Promise.all(
    [...outcomes].map(async ([key, outcome]) => ({ program: key, ...(await outcome) })),
  )
  const report = process.env.LOOPLAB_HOSTILE_REPORT
  if (report) writeFileSync(report, `${JSON.stringify(settled, null, 2)}\n`)
})

/** Generous: a test may wait for the programs queued before it. */
const testTimeoutMs = 20 * timeBoxMs

for (const category of hostileCategories) {
  const programs = attacks.filter((program) => program.category === category)
  if (!programs.length) continue
  describe(`hostile corpus (CLI) — ${category}`, () => {
    for (const program of programs) {
      it(
        program.file,
        async () => {
          const { problems } = await schedule(program.file, attackJob(program))
          expect([...problems, ...(await gradeProblems(program))], program.attack).toEqual([])
        },
        testTimeoutMs,
      )
    }
  })
}

if (pairs.length) {
  describe('hostile corpus (CLI) — persistence: plant, then victim', () => {
    for (const { plant, victim } of pairs) {
      it(
        pairKey(plant),
        async () => {
          const { problems } = await schedule(pairKey(plant), pairJob(plant, victim))
          expect(problems, plant.attack).toEqual([])
        },
        testTimeoutMs,
      )
    }
  })
}
