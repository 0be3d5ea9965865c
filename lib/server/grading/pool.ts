/**
 * A warm pool of grading processes. Each grades one submission at a time; jobs wait in a bounded
 * queue, and past it the pool says so at once (PoolSaturatedError → 503) instead of piling up.
 * A process that dies, times out or grows too big is replaced; a pool whose processes keep
 * failing to start backs off and fails the waiting jobs with a plain reason.
 */
import type { GradeRequestData } from '@/runtime/src/grade/types'
import { GraderProcess, type GraderLimits, type JobOutcome } from './grader-process'
import type { GraderPaths } from './worker-bundle'

export type PoolOptions = GraderLimits & {
  size: number
  /** Jobs allowed to wait for a free process. */
  queueLimit: number
  /** How long a job may wait in the queue before the pool gives up on it. */
  queueWaitMs: number
}

export class PoolSaturatedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('every grader is busy and the queue is full')
    this.name = 'PoolSaturatedError'
  }
}

export class GraderUnavailableError extends Error {
  constructor(reason: string) {
    super(`grading is unavailable: ${reason}`)
    this.name = 'GraderUnavailableError'
  }
}

type QueuedJob = {
  exercise: GradeRequestData
  code: string
  resolve(outcome: JobOutcome): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
}

export type PoolStats = {
  size: number
  alive: number
  busy: number
  queued: number
  replaced: number
}

const maxBackoffMs = 30_000

export class GradingPool {
  private readonly processes = new Set<GraderProcess>()
  private readonly idle: GraderProcess[] = []
  private readonly queue: QueuedJob[] = []
  private closed = false
  private failedStarts = 0
  private lastStartError = ''
  private replaced = 0

  constructor(
    private readonly paths: GraderPaths,
    private readonly options: PoolOptions,
  ) {
    for (let i = 0; i < options.size; i++) this.spawn()
  }

  grade(exercise: GradeRequestData, code: string): Promise<JobOutcome> {
    if (this.closed)
      return Promise.reject(new GraderUnavailableError('the server is shutting down'))
    if (this.queue.length >= this.options.queueLimit) {
      return Promise.reject(new PoolSaturatedError(this.retryAfterSeconds()))
    }
    return new Promise<JobOutcome>((resolve, reject) => {
      const job: QueuedJob = {
        exercise,
        code,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.removeQueued(job)
          reject(new PoolSaturatedError(this.retryAfterSeconds()))
        }, this.options.queueWaitMs),
      }
      this.queue.push(job)
      this.dispatch()
    })
  }

  /** The caps each job runs under (for the words that explain a stop). */
  get limits(): { jobMs: number; memoryMiB: number } {
    return { jobMs: this.options.jobMs, memoryMiB: this.options.memoryMiB }
  }

  stats(): PoolStats {
    return {
      size: this.options.size,
      alive: [...this.processes].filter((p) => p.alive).length,
      busy: [...this.processes].filter((p) => p.busy).length,
      queued: this.queue.length,
      replaced: this.replaced,
    }
  }

  /** Resolves once at least one process is ready to grade (or rejects if none can start). */
  async warm(): Promise<void> {
    await Promise.any([...this.processes].map((process) => process.ready))
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.timer)
      job.reject(new GraderUnavailableError('the server is shutting down'))
    }
    const exits = [...this.processes].map(
      (process) => new Promise<void>((resolve) => process.onceExited(() => resolve())),
    )
    for (const process of this.processes) process.kill()
    await Promise.all(exits)
  }

  private spawn(): void {
    if (this.closed) return
    const process = new GraderProcess(this.paths, this.options)
    this.processes.add(process)
    process.onceExited(() => this.onExited(process))
    process.ready.then(
      () => {
        this.failedStarts = 0
        this.makeIdle(process)
      },
      (error: unknown) => {
        this.failedStarts++
        this.lastStartError = error instanceof Error ? error.message : String(error)
        process.kill()
      },
    )
  }

  private onExited(process: GraderProcess): void {
    this.processes.delete(process)
    const at = this.idle.indexOf(process)
    if (at >= 0) this.idle.splice(at, 1)
    if (this.closed) return
    this.replaced++
    if (this.failedStarts === 0) {
      this.spawn()
      return
    }
    // Starting keeps failing (a broken install, no memory): tell the waiting jobs, retry slowly.
    if (this.failedStarts >= 3) {
      for (const job of this.queue.splice(0)) {
        clearTimeout(job.timer)
        job.reject(new GraderUnavailableError(this.lastStartError))
      }
    }
    const backoff = Math.min(maxBackoffMs, 250 * 2 ** Math.min(this.failedStarts, 7))
    setTimeout(() => this.spawn(), backoff).unref()
  }

  private makeIdle(process: GraderProcess): void {
    if (!process.alive || this.closed) return
    this.idle.push(process)
    this.dispatch()
    void this.retireIfWorn(process)
  }

  /**
   * Replaces an idle process before a cap would hit an innocent job: one that used half its
   * lifetime CPU, or whose memory grew past 70% of the cap (Python's WASM heap never shrinks, so
   * a big earlier program would leave the next one too little room).
   */
  private async retireIfWorn(process: GraderProcess): Promise<void> {
    const [cpu, memory] = await Promise.all([process.cpuSecondsUsed(), process.memoryMiB()])
    const worn =
      (cpu !== null && cpu >= this.options.cpuSeconds / 2) ||
      (memory !== null && memory >= this.options.memoryMiB * 0.7)
    if (!worn) return
    const at = this.idle.indexOf(process)
    if (at < 0) return // already grading again; checked after that job
    this.idle.splice(at, 1)
    process.kill()
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const process = this.idle.shift()
      const job = this.queue.shift()
      if (!process || !job) return
      if (!process.alive) {
        this.queue.unshift(job)
        continue
      }
      clearTimeout(job.timer)
      process.grade(job.exercise, job.code).then((outcome) => {
        job.resolve(outcome)
        if (process.alive) this.makeIdle(process)
      })
    }
  }

  private removeQueued(job: QueuedJob): void {
    const at = this.queue.indexOf(job)
    if (at >= 0) this.queue.splice(at, 1)
  }

  private retryAfterSeconds(): number {
    return Math.max(
      1,
      Math.ceil((this.options.jobMs * (this.queue.length + 1)) / this.options.size / 1000),
    )
  }
}
