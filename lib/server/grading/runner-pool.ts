/**
 * The server's sandboxed runner processes (SECURITY.md, layer 1). A process serves ONE learner: it
 * is pinned to the first learner it runs code for and never runs anyone else's, so whatever a
 * submission does to its process — even owning it entirely — reaches only that learner's own later
 * jobs (and each job still starts from a fresh interpreter). Jobs of a learner whose process is
 * idle start at once; a new learner takes a ready spare, or a new process, or the process of the
 * learner idle longest. Jobs wait in a bounded queue; past it the pool says so (503).
 */
import type { SandboxedEngine } from '@looplab/runtime/sandbox'

export type RunnerPoolOptions = {
  /** Most processes at once. */
  size: number
  /** Booted processes kept ready for learners who have none yet. */
  spares: number
  /** Jobs allowed to wait for a process. */
  queueLimit: number
  /** How long a job may wait before the pool gives up on it. */
  queueWaitMs: number
  /** Jobs one process runs before it is replaced (WebAssembly memory only grows). */
  jobsPerProcess: number
  /** A pinned process idle this long is retired. */
  idleMs: number
}

export type StartRunner = () => Promise<SandboxedEngine>

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

export type PoolStats = {
  size: number
  alive: number
  busy: number
  pinned: number
  spares: number
  queued: number
  started: number
  replaced: number
}

type Entry = {
  engine: SandboxedEngine | null // null while booting
  learner: string | null
  busy: boolean
  lastUsed: number
  booting: Promise<void> | null
}

type Waiting = {
  learner: string
  use(engine: SandboxedEngine): Promise<unknown>
  resolve(value: unknown): void
  reject(error: unknown): void
  timer: ReturnType<typeof setTimeout>
}

const maxBackoffMs = 30_000

export class RunnerPool {
  private readonly entries = new Set<Entry>()
  private readonly queue: Waiting[] = []
  private closed = false
  private started = 0
  private replaced = 0
  private failedStarts = 0
  private lastStartError = ''
  private readonly idleSweep: ReturnType<typeof setInterval>

  constructor(
    private readonly start: StartRunner,
    private readonly options: RunnerPoolOptions,
  ) {
    this.keepSpares()
    this.idleSweep = setInterval(() => this.retireIdle(), Math.min(options.idleMs, 10_000))
    this.idleSweep.unref()
  }

  /** Runs `use` with a process pinned to `learner`, alone on it; resolves with what it returns. */
  lease<T>(learner: string, use: (engine: SandboxedEngine) => Promise<T>): Promise<T> {
    if (this.closed)
      return Promise.reject(new GraderUnavailableError('the server is shutting down'))
    if (this.queue.length >= this.options.queueLimit) {
      return Promise.reject(new PoolSaturatedError(this.retryAfterSeconds()))
    }
    return new Promise<T>((resolve, reject) => {
      const waiting: Waiting = {
        learner,
        use,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(() => {
          this.removeWaiting(waiting)
          reject(new PoolSaturatedError(this.retryAfterSeconds()))
        }, this.options.queueWaitMs),
      }
      this.queue.push(waiting)
      this.dispatch()
    })
  }

  /** Resolves once a spare is ready (or rejects when none can start). */
  async warm(): Promise<void> {
    const booting = [...this.entries].map((entry) => entry.booting).filter(Boolean)
    if (booting.length === 0) this.spawn(null)
    await Promise.any([...this.entries].map((entry) => entry.booting ?? Promise.resolve()))
  }

  stats(): PoolStats {
    const entries = [...this.entries]
    return {
      size: this.options.size,
      alive: entries.filter((e) => e.engine?.alive).length,
      busy: entries.filter((e) => e.busy).length,
      pinned: entries.filter((e) => e.learner !== null).length,
      spares: entries.filter((e) => e.learner === null).length,
      queued: this.queue.length,
      started: this.started,
      replaced: this.replaced,
    }
  }

  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.idleSweep)
    for (const waiting of this.queue.splice(0)) {
      clearTimeout(waiting.timer)
      waiting.reject(new GraderUnavailableError('the server is shutting down'))
    }
    await Promise.all([...this.entries].map((entry) => entry.engine?.dispose()))
  }

  private dispatch(): void {
    for (let i = 0; i < this.queue.length;) {
      const waiting = this.queue[i] as Waiting
      const entry = this.entryFor(waiting.learner)
      if (!entry) {
        i++
        continue
      }
      this.queue.splice(i, 1)
      clearTimeout(waiting.timer)
      this.runOn(entry, waiting)
    }
    this.keepSpares()
  }

  /** An idle, booted process for this learner, pinning one if need be; null: none free now. */
  private entryFor(learner: string): Entry | null {
    const entries = [...this.entries]
    const ready = (e: Entry) => !e.busy && e.engine !== null && e.engine.alive
    const own = entries.find((e) => e.learner === learner)
    if (own) return ready(own) ? own : null // one process per learner: wait for it
    const spare = entries.find((e) => e.learner === null && ready(e))
    if (spare) {
      spare.learner = learner
      return spare
    }
    if (entries.length < this.options.size) {
      this.spawn(learner)
      return null // dispatched again once it has booted
    }
    const longestIdle = entries
      .filter((e) => ready(e) && e.learner !== null)
      .sort((a, b) => a.lastUsed - b.lastUsed)[0]
    if (longestIdle) {
      this.retire(longestIdle)
      this.spawn(learner)
    }
    return null
  }

  private runOn(entry: Entry, waiting: Waiting): void {
    const engine = entry.engine as SandboxedEngine
    entry.busy = true
    // The process is free again before the caller hears back, so its next job finds it idle.
    const release = () => {
      entry.busy = false
      entry.lastUsed = Date.now()
      if (!engine.alive || engine.jobs >= this.options.jobsPerProcess) this.retire(entry)
    }
    waiting.use(engine).then(
      (value) => {
        release()
        waiting.resolve(value)
        this.dispatch()
      },
      (error: unknown) => {
        release()
        waiting.reject(error)
        this.dispatch()
      },
    )
  }

  private spawn(learner: string | null): void {
    if (this.closed) return
    const entry: Entry = { engine: null, learner, busy: false, lastUsed: Date.now(), booting: null }
    this.entries.add(entry)
    this.started++
    entry.booting = this.start().then(
      (engine) => {
        entry.engine = engine
        entry.booting = null
        this.failedStarts = 0
        engine.onceExited(() => this.onExited(entry))
        if (this.closed) void engine.dispose()
        this.dispatch()
      },
      (error: unknown) => {
        entry.booting = null
        this.entries.delete(entry)
        this.failedStarts++
        this.lastStartError = error instanceof Error ? error.message : String(error)
        this.onStartFailed()
        throw error
      },
    )
    entry.booting.catch(() => {})
  }

  private onStartFailed(): void {
    if (this.failedStarts >= 3) {
      for (const waiting of this.queue.splice(0)) {
        clearTimeout(waiting.timer)
        waiting.reject(new GraderUnavailableError(this.lastStartError))
      }
    }
    const backoff = Math.min(maxBackoffMs, 250 * 2 ** Math.min(this.failedStarts, 7))
    setTimeout(() => this.dispatch(), backoff).unref()
  }

  private onExited(entry: Entry): void {
    if (!this.entries.delete(entry)) return
    if (!this.closed) this.replaced++
    this.dispatch()
  }

  private retire(entry: Entry): void {
    this.entries.delete(entry)
    void entry.engine?.dispose()
  }

  private retireIdle(): void {
    const cutoff = Date.now() - this.options.idleMs
    for (const entry of [...this.entries]) {
      if (entry.learner !== null && !entry.busy && entry.engine && entry.lastUsed < cutoff) {
        this.retire(entry)
      }
    }
    this.keepSpares()
  }

  /** Spares are booted only while there is room: they never push out a learner's process. */
  private keepSpares(): void {
    if (this.closed || this.failedStarts > 0) return
    const entries = [...this.entries]
    const spares = entries.filter((e) => e.learner === null).length
    const room = this.options.size - entries.length
    for (let i = 0; i < Math.min(this.options.spares - spares, room); i++) this.spawn(null)
  }

  private removeWaiting(waiting: Waiting): void {
    const at = this.queue.indexOf(waiting)
    if (at >= 0) this.queue.splice(at, 1)
  }

  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.queue.length + 1) / this.options.size))
  }
}
