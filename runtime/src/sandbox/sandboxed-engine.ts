/**
 * An Engine whose Python runs in a sandboxed process of its own (SECURITY.md, layers 1–4): the
 * CLI's `run` and `grade`, and the server's grading pool, all run learner code through it.
 *
 * The parent trusts nothing the process says: an answer must carry the running job's random token
 * and match its schema exactly, within a size cap; anything else — a message out of turn, a second
 * answer, a malformed one — kills the process and the job gets an engine failure. The parent also
 * enforces what the process cannot be trusted to: a hard deadline per job, a memory cap on the
 * whole process tree, and a lifetime CPU cap (set when it starts).
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { Readable, Writable } from 'node:stream'
import type { Engine } from '../engine'
import { defaultGradeWallMs, observeFailed, type Observed } from '../grade/observe-request'
import { describe, engineFailure, forcedStopResult, memoryLimitResult } from '../engines/results'
import type { ProgramFiles, RunOptions, RunResult } from '../types'
import { ProgramFilesSchema, RunLimitsSchema, RunOptionsSchema } from '../types'
import { readLines, writeLine, type LineReader } from './channel'
import type { Isolation } from './isolation'
import {
  defaultSandboxLimits,
  launchRunner,
  type RunnerPaths,
  type SandboxLimits,
} from './runner-launch'
import { processTreeMiB } from './process-tree'
import {
  FromRunnerSchema,
  maxMessageBytes,
  type FromRunner,
  type Job,
  type ToRunner,
} from './protocol'

export { defaultSandboxLimits, type RunnerPaths, type SandboxLimits } from './runner-launch'

/** What a job of each kind resolves with: a run's result, or an observation (which carries a
 *  failed run instead when the job could not finish). */
type AnswerOf<K extends Job['kind']> = K extends 'run' ? RunResult : Observed

type Active = {
  token: string
  kind: Job['kind']
  timers: ReturnType<typeof setTimeout>[]
  /** The child's answer, checked already. */
  answer(value: RunResult | Observed): void
  /** The job ended without one: the run that says why, and whether a time limit ended it. */
  fail(run: RunResult, timedOut?: boolean): void
}

const memoryPollMs = 100
const stderrTailLines = 20

export class SandboxedEngine implements Engine {
  readonly name = 'pyodide-node' as const
  /** Jobs answered so far (the pool retires a process after its share). */
  jobs = 0
  private readonly child: ChildProcess
  private readonly channel: Readable & Writable
  private readonly reader: LineReader
  private readonly ready: Promise<void>
  private active: Active | null = null
  private python = 'unknown (pyodide)'
  private exited = false
  private exitReason = ''
  private stderrTail: string[] = []
  private readonly exitListeners: ((reason: string) => void)[] = []
  private queue: Promise<unknown> = Promise.resolve()

  /** `started`: a runner launched already with these very paths and limits (prestart.ts). */
  constructor(
    isolation: Isolation,
    paths: RunnerPaths,
    private readonly limits: SandboxLimits = defaultSandboxLimits,
    started?: ChildProcess,
  ) {
    this.child = started ?? launchRunner(isolation, paths, limits)
    const channel = this.child.stdio[3]
    if (!channel || !('write' in channel)) throw new Error('the sandboxed runner has no channel')
    this.channel = channel as Readable & Writable
    // A killed process resets its end; the exit handler says what happened.
    this.channel.on('error', () => undefined)
    this.child.stderr?.setEncoding('utf8').on('data', (text: string) => this.keepStderr(text))
    let settleBoot: { resolve(): void; reject(error: Error): void } | null = null
    this.ready = new Promise<void>((resolve, reject) => {
      settleBoot = { resolve, reject }
    })
    this.ready.catch(() => {}) // observed by whoever waits; never unhandled here
    const bootTimer = setTimeout(
      () => this.kill(`Python did not start within ${limits.bootMs / 1000} s`),
      limits.bootMs,
    )
    this.reader = readLines(
      this.channel,
      maxMessageBytes,
      (value) => this.onMessage(value, settleBoot),
      (reason) => this.kill(`the sandboxed runner sent ${reason}`),
    )
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(bootTimer)
      this.onExit(this.exitReason || describeExit(code, signal, this.stderrTail))
      settleBoot?.reject(new Error(`the sandboxed runner stopped: ${this.exitReason}`))
    }
    this.child.on('exit', exited)
    // A runner started beforehand may have ended before anyone listened.
    const { exitCode, signalCode } = this.child
    if (exitCode !== null || signalCode !== null) queueMicrotask(() => exited(exitCode, signalCode))
    this.child.on('error', (error) =>
      this.kill(`could not start the sandboxed runner (${error.message})`),
    )
    this.ready.then(
      () => clearTimeout(bootTimer),
      () => clearTimeout(bootTimer),
    )
  }

  /** Resolves once Python is up in the sandbox. */
  boot(): Promise<void> {
    return this.ready
  }

  get alive(): boolean {
    return !this.exited
  }

  get busy(): boolean {
    return this.active !== null
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  onceExited(listener: (reason: string) => void): void {
    if (this.exited) listener(this.exitReason)
    else this.exitListeners.push(listener)
  }

  run(files: ProgramFiles, options: RunOptions = {}): Promise<RunResult> {
    let job: Job
    try {
      job = {
        kind: 'run',
        files: ProgramFilesSchema.parse(files),
        options: RunOptionsSchema.parse(options),
      }
    } catch (error) {
      return Promise.reject(error) // a caller's bug, as for every engine
    }
    return this.enqueue(job, RunLimitsSchema.parse(job.options.limits ?? {}).wallMs)
  }

  observe(files: ProgramFiles, probes: string | null, options: RunOptions = {}): Promise<Observed> {
    let job: Job
    try {
      const limits = { wallMs: defaultGradeWallMs, ...options.limits }
      job = {
        kind: 'observe',
        files: ProgramFilesSchema.parse(files),
        probes,
        options: RunOptionsSchema.parse({ ...options, limits }),
      }
    } catch (error) {
      return Promise.reject(error)
    }
    const wallMs = RunLimitsSchema.parse(job.options.limits ?? {}).wallMs
    return this.enqueue(job, wallMs)
  }

  interrupt(): void {
    const active = this.active
    if (active) this.send({ type: 'stop', token: active.token })
  }

  /** Resident memory of the process tree now (null where it cannot be measured). */
  memoryMiB(): Promise<number | null> {
    return this.child.pid ? processTreeMiB(this.child.pid) : Promise.resolve(null)
  }

  async dispose(): Promise<void> {
    if (this.exited) return
    const gone = new Promise<void>((resolve) => this.onceExited(() => resolve()))
    this.kill('disposed')
    await gone
  }

  /** Kills the process at once; a job in progress ends with an engine failure naming why. */
  kill(reason: string): void {
    if (!this.exitReason) this.exitReason = reason
    if (!this.exited) this.child.kill('SIGKILL')
  }

  private enqueue<K extends Job['kind']>(
    job: Extract<Job, { kind: K }>,
    wallMs: number,
  ): Promise<AnswerOf<K>> {
    const turn = this.queue.then(() => this.runNow(job, wallMs)) as Promise<AnswerOf<K>>
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private async runNow(job: Job, wallMs: number): Promise<RunResult | Observed> {
    const failed = (run: RunResult, timedOut = false): RunResult | Observed =>
      job.kind === 'run' ? run : observeFailed(run, { timedOut, wallMs })
    try {
      await this.ready
    } catch (error) {
      return failed(engineFailure(`it could not start (${describe(error)})`, this.python))
    }
    if (this.exited) return failed(engineFailure(`it stopped (${this.exitReason})`, this.python))
    const token = randomBytes(16).toString('hex')
    const started = performance.now()
    return new Promise<RunResult | Observed>((resolve) => {
      const settle = (value: RunResult | Observed) => {
        for (const timer of active.timers) clearTimeout(timer)
        if (this.active === active) this.active = null
        this.jobs++
        resolve(value)
      }
      const active: Active = {
        token,
        kind: job.kind,
        timers: [],
        answer: settle,
        fail: (run, timedOut) => settle(failed(run, timedOut)),
      }
      this.active = active
      active.timers.push(
        setTimeout(() => {
          const elapsed = performance.now() - started
          this.kill(`the job ran past its deadline (${Math.round(elapsed)} ms)`)
          active.fail(
            forcedStopResult(this.python, {
              timedOut: true,
              wallLimitMs: wallMs,
              wallMs: elapsed,
              reason: 'ignored',
            }),
            true,
          )
        }, wallMs + this.limits.deadlineSlackMs),
      )
      active.timers.push(this.watchMemory(active, started))
      this.send({ type: 'job', token, job })
    })
  }

  private watchMemory(active: Active, started: number): ReturnType<typeof setInterval> {
    const poll = setInterval(() => {
      void this.memoryMiB().then((used) => {
        if (used === null || used <= this.limits.memoryMiB || this.active !== active) return
        const mib = Math.ceil(used) // 400.3 MiB over a 400 MiB cap must not read as 400
        this.kill(`the program used more than ${this.limits.memoryMiB} MiB of memory`)
        active.fail(
          memoryLimitResult(this.python, {
            usedMiB: mib,
            limitMiB: this.limits.memoryMiB,
            wallMs: performance.now() - started,
          }),
        )
      })
    }, memoryPollMs)
    poll.unref()
    return poll
  }

  private onMessage(
    value: unknown,
    settleBoot: { resolve(): void; reject(error: Error): void } | null,
  ): void {
    const parsed = FromRunnerSchema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      this.kill(
        `the sandboxed runner sent a malformed message (${issue?.path.join('.')}: ${issue?.message})`,
      )
      return
    }
    const message: FromRunner = parsed.data
    switch (message.type) {
      case 'ready':
        this.python = message.python
        settleBoot?.resolve()
        return
      case 'boot-failed':
        this.kill(`Python failed to start: ${message.message}`)
        return
      case 'answer': {
        const active = this.active
        const { answer } = message
        if (!active || message.token !== active.token || answer.kind !== active.kind) {
          this.kill('the sandboxed runner answered out of turn')
          return
        }
        active.answer(answer.kind === 'run' ? answer.result : answer.observed)
        return
      }
    }
  }

  private send(message: ToRunner): void {
    if (!this.exited) writeLine(this.channel, message)
  }

  private onExit(reason: string): void {
    if (this.exited) return
    this.exited = true
    this.exitReason = reason
    this.reader.close()
    this.active?.fail(engineFailure(`the sandboxed runner stopped (${reason})`, this.python))
    for (const listener of this.exitListeners.splice(0)) listener(reason)
  }

  private keepStderr(text: string): void {
    this.stderrTail.push(text)
    if (this.stderrTail.length > stderrTailLines) this.stderrTail.shift()
  }
}

function describeExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderrTail: string[],
): string {
  const how = signal ? `killed by ${signal}` : `exit code ${code}`
  const tail = stderrTail.join('').trim().split('\n').slice(-3).join(' | ')
  return tail ? `${how}: ${tail}` : how
}
