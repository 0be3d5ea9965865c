/**
 * The engine side of both Pyodide engines: boots a worker, queues runs so they never collide,
 * enforces the wall-clock limit, and stops runs — by KeyboardInterrupt through the shared interrupt
 * buffer when there is one, by terminating and rebooting the worker when there isn't or when the
 * program ignores the interrupt. Node and the browser differ only in how a worker is started.
 */
import type { BootProgress, Engine, EngineName, Judge } from '../../engine'
import { judgeFailedRun, parseJudgeAnswer, prepareJudge } from '../../grade/judge-request'
import type { JudgeRequest } from '../../grade/observation'
import {
  observeFailed,
  parseObservation,
  prepareObserve,
  type Observed,
} from '../../grade/observe-request'
import type { GradeResult, ProgramFiles, RunOptions, RunResult } from '../../types'
import { prepareRun } from '../harness-request'
import { asWallTimeLimit, describe, engineFailure, forcedStopResult } from '../results'
import { parseHarnessResult } from '../results'
import type { BootMode, BootPhases, FromWorker, ToWorker } from './messages'

export type WorkerEvents = { message(message: FromWorker): void; crash(reason: string): void }
export type WorkerHandle = {
  post(message: ToWorker): void
  terminate(): void
  /** Node: keep the process alive only while booting or running. */
  hold?(busy: boolean): void
}
export type StartWorker = (events: WorkerEvents) => WorkerHandle

export type BootInfo = {
  python: string
  bootMs: number
  mode: BootMode
  note?: string
  phases?: BootPhases
}

export type WorkerEngineConfig = {
  /** Null where SharedArrayBuffer is unavailable (a page that is not cross-origin isolated). */
  interruptBuffer: SharedArrayBuffer | null
  snapshot: boolean
  snapshotDir?: string
  /** See ToWorker's boot message (default true). */
  warmUp?: boolean
  onBootProgress?: (progress: BootProgress) => void
  /** How long a program may ignore KeyboardInterrupt before the worker is replaced. */
  graceMs?: number
  bootTimeoutMs?: number
}

/** How a call ended: the harness's JSON answer, or a result the engine made (a stop, a crash). */
type Outcome = { json: string } | { failure: RunResult }

/** A harness request (a run, an observation or a judgement) and how its outcome becomes the
 *  caller's answer. */
type Job<T> = {
  request: object
  wallMs: number
  finish(outcome: Outcome, stop: { timedOut: boolean; wallMs: number; python: string }): T
}

type ActiveRun = {
  id: number
  wallMs: number
  started: number
  timedOut: boolean
  stopping: boolean
  timers: ReturnType<typeof setTimeout>[]
  resolve(outcome: Outcome): void
}

type PendingBoot = { resolve(info: BootInfo): void; reject(error: Error): void }

/** One Pyodide worker. It serves as the Engine that runs learner code or, as another instance, as
 *  the Judge: an interpreter that only ever receives judge requests never runs learner code. */
export class PyodideWorkerEngine implements Engine, Judge {
  private worker: WorkerHandle | null = null
  private generation = 0
  private booting: Promise<BootInfo> | null = null
  private pendingBoot: PendingBoot | null = null
  private active: ActiveRun | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private nextId = 1
  private disposed = false
  private flag: Int32Array | null
  lastBoot: BootInfo | null = null

  constructor(
    readonly name: EngineName,
    private readonly startWorker: StartWorker,
    private readonly config: WorkerEngineConfig,
  ) {
    this.flag = config.interruptBuffer ? new Int32Array(config.interruptBuffer) : null
  }

  /** Starts the worker if none is up; resolves when Pyodide and the harness are ready. */
  boot(): Promise<BootInfo> {
    if (this.disposed) return Promise.reject(new Error(`${this.name}: engine disposed`))
    this.booting ??= this.startBoot()
    return this.booting
  }

  run(files: ProgramFiles, options?: RunOptions): Promise<RunResult> {
    let job: Job<RunResult>
    try {
      const prepared = prepareRun(files, options)
      job = {
        ...prepared,
        finish: (outcome, stop) => {
          if ('failure' in outcome) return outcome.failure
          const result = parseHarnessResult(outcome.json, stop.python)
          return stop.timedOut ? asWallTimeLimit(result, stop.wallMs) : result
        },
      }
    } catch (error) {
      return Promise.reject(error)
    }
    return this.enqueue(job)
  }

  observe(files: ProgramFiles, probes: string | null, options?: RunOptions): Promise<Observed> {
    let job: Job<Observed>
    try {
      job = {
        ...prepareObserve(files, probes, options),
        finish: (outcome, stop) =>
          'failure' in outcome
            ? observeFailed(outcome.failure, stop)
            : parseObservation(outcome.json, stop.python, stop),
      }
    } catch (error) {
      return Promise.reject(error)
    }
    return this.enqueue(job)
  }

  judge(request: JudgeRequest): Promise<GradeResult> {
    let job: Job<GradeResult>
    try {
      job = {
        ...prepareJudge(request),
        finish: (outcome, stop) =>
          'failure' in outcome
            ? judgeFailedRun(outcome.failure, stop)
            : parseJudgeAnswer(outcome.json, stop),
      }
    } catch (error) {
      return Promise.reject(error)
    }
    return this.enqueue(job)
  }

  private enqueue<T>(job: Job<T>): Promise<T> {
    const turn = this.queue.then(() => this.runNow(job))
    this.queue = turn.catch(() => undefined)
    return turn
  }

  interrupt(): void {
    if (this.active) this.stop(this.active)
  }

  async dispose(): Promise<void> {
    this.disposed = true
    this.pendingBoot?.reject(new Error(`${this.name}: engine disposed`))
    if (this.active) {
      this.settle(this.active, { failure: this.forcedResult(this.active, 'disposed') })
    }
    this.killWorker()
  }

  private get python(): string {
    return this.lastBoot?.python ?? 'unknown (pyodide)'
  }

  private startBoot(): Promise<BootInfo> {
    const generation = ++this.generation
    const current = () => generation === this.generation
    const worker = this.startWorker({
      message: (message) => current() && this.onMessage(message),
      crash: (reason) => current() && this.onCrash(reason),
    })
    this.worker = worker
    worker.hold?.(true)
    const timeoutMs = this.config.bootTimeoutMs ?? 120_000
    return new Promise<BootInfo>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.failBoot(new Error(`Pyodide did not start within ${timeoutMs / 1000} s`))
        this.killWorker()
      }, timeoutMs)
      this.pendingBoot = {
        resolve: (info) => {
          clearTimeout(timer)
          this.lastBoot = info
          worker.hold?.(false)
          resolve(info)
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      }
      worker.post({
        type: 'boot',
        interruptBuffer: this.config.interruptBuffer,
        snapshot: this.config.snapshot,
        snapshotDir: this.config.snapshotDir,
        warmUp: this.config.warmUp,
      })
    })
  }

  private failBoot(error: Error): void {
    const pending = this.pendingBoot
    this.pendingBoot = null
    this.booting = null // the next run tries again
    pending?.reject(error)
  }

  private async runNow<T>(job: Job<T>): Promise<T> {
    if (this.disposed) throw new Error(`${this.name}: engine disposed`)
    const finish = (outcome: Outcome, timedOut = false) =>
      job.finish(outcome, { timedOut, wallMs: job.wallMs, python: this.python })
    try {
      await this.boot()
    } catch (error) {
      return finish({
        failure: engineFailure(`it could not start (${describe(error)})`, this.python),
      })
    }
    const worker = this.worker
    if (!worker) {
      return finish({ failure: engineFailure('it stopped before the run began', this.python) })
    }
    return new Promise<T>((resolve) => {
      const run: ActiveRun = {
        id: this.nextId++,
        wallMs: job.wallMs,
        started: performance.now(),
        timedOut: false,
        stopping: false,
        timers: [],
        resolve: (outcome) => resolve(finish(outcome, run.timedOut)),
      }
      this.active = run
      if (this.flag) Atomics.store(this.flag, 0, 0)
      run.timers.push(
        setTimeout(() => {
          run.timedOut = true
          this.stop(run)
        }, job.wallMs),
      )
      worker.hold?.(true)
      worker.post({ type: 'run', id: run.id, request: JSON.stringify(job.request) })
    })
  }

  private onMessage(message: FromWorker): void {
    switch (message.type) {
      case 'progress':
        this.config.onBootProgress?.(message.progress)
        return
      case 'ready': {
        const { python, bootMs, mode, note, phases } = message
        const pending = this.pendingBoot
        this.pendingBoot = null
        pending?.resolve({ python, bootMs, mode, note, phases })
        return
      }
      case 'boot-failed':
        this.failBoot(new Error(message.message))
        this.killWorker()
        return
      case 'result': {
        const run = this.active
        if (!run || run.id !== message.id) return
        this.settle(run, { json: message.json })
        return
      }
      case 'run-failed': {
        const run = this.active
        this.restart()
        if (run && run.id === message.id) {
          const reason = `${firstLine(message.message)} (the runtime was restarted)`
          this.settle(run, {
            failure: engineFailure(reason, this.python, { wallMs: elapsed(run) }),
          })
        }
        return
      }
    }
  }

  private onCrash(reason: string): void {
    const run = this.active
    this.failBoot(new Error(`the Pyodide worker stopped: ${reason}`))
    this.killWorker()
    if (run) {
      const why = `the worker stopped unexpectedly (${reason}); it will restart for the next run`
      this.settle(run, { failure: engineFailure(why, this.python, { wallMs: elapsed(run) }) })
    }
  }

  /** KeyboardInterrupt first; the worker is replaced if that is impossible or ignored. */
  private stop(run: ActiveRun): void {
    if (run.stopping) return
    run.stopping = true
    if (!this.flag) {
      this.forceStop(run, 'no-interrupt-buffer')
      return
    }
    Atomics.store(this.flag, 0, 2) // SIGINT
    run.timers.push(setTimeout(() => this.forceStop(run, 'ignored'), this.config.graceMs ?? 1000))
  }

  private forceStop(run: ActiveRun, reason: 'ignored' | 'no-interrupt-buffer'): void {
    if (this.active !== run) return
    this.restart()
    this.settle(run, { failure: this.forcedResult(run, reason) })
  }

  private forcedResult(
    run: ActiveRun,
    reason: 'ignored' | 'no-interrupt-buffer' | 'disposed',
  ): RunResult {
    return forcedStopResult(this.python, {
      timedOut: run.timedOut,
      wallLimitMs: run.wallMs,
      wallMs: elapsed(run),
      reason,
    })
  }

  private settle(run: ActiveRun, outcome: Outcome): void {
    if (this.active !== run) return
    this.active = null
    for (const timer of run.timers) clearTimeout(timer)
    if (this.flag) Atomics.store(this.flag, 0, 0)
    this.worker?.hold?.(false)
    run.resolve(outcome)
  }

  /** Replaces the worker and boots the new one at once, so the next run waits the least. */
  private restart(): void {
    this.killWorker()
    if (!this.disposed) this.boot().catch(() => undefined) // a failure shows on the next run
  }

  private killWorker(): void {
    this.generation++
    this.worker?.terminate()
    this.worker = null
    this.booting = null
    const pending = this.pendingBoot
    this.pendingBoot = null
    pending?.reject(new Error('the Pyodide worker was replaced before it finished starting'))
  }
}

function elapsed(run: ActiveRun): number {
  return Math.round((performance.now() - run.started) * 1000) / 1000
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim()) ?? 'unknown failure'
}
