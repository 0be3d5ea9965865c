/**
 * One Python per page, shared by every sandbox on it. The engine loads once (preloaded when the
 * page is idle, or on the first Run), and runs wait their turn in a queue, so two sandboxes never
 * collide in the one worker. A Stop ends a run that is under way (the engine interrupts it) or
 * simply takes a waiting run out of the queue. Framework-free: React binds it in use-runtime.ts.
 */
import type { BootProgress, Engine, ProgramFiles, RunOptions, RunResult } from '@looplab/runtime'

export type RuntimeStatus =
  | { phase: 'idle' }
  /** restart: the engine replaced its worker (after a forced stop) and is booting again. */
  | { phase: 'starting'; fraction: number; message: string; restart: boolean }
  | { phase: 'ready' }
  | { phase: 'failed'; message: string }

export type ActiveRun = { id: number; phase: 'starting' | 'running' }

export type RuntimeSnapshot = {
  status: RuntimeStatus
  active: ActiveRun | null
  queued: readonly number[]
}

export type RunOutcome =
  | { kind: 'finished'; result: RunResult }
  /** Stopped before it began. */
  | { kind: 'cancelled' }
  /** Python could not start, or refused the request: the message says why. */
  | { kind: 'unavailable'; message: string }

export type RunTicket = { id: number; outcome: Promise<RunOutcome>; stop(): void }

/** Any work for the engine (a run, a grade): queued like a run, stopped like a run. */
export type WorkOutcome<T> =
  { kind: 'finished'; value: T } | { kind: 'cancelled' } | { kind: 'unavailable'; message: string }
export type WorkTicket<T> = { id: number; outcome: Promise<WorkOutcome<T>>; stop(): void }

export type EngineLoader = (onProgress: (progress: BootProgress) => void) => Promise<Engine>

type Job = {
  id: number
  work(engine: Engine): Promise<unknown>
  resolve(outcome: WorkOutcome<unknown>): void
}

export type RuntimeStoreOptions = {
  /** Told once, when the runtime is first ready (performance marks for the benchmarks). */
  onFirstReady?(engine: Engine): void
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export class RuntimeStore {
  private snapshot: RuntimeSnapshot = { status: { phase: 'idle' }, active: null, queued: [] }
  private readonly listeners = new Set<() => void>()
  private engine: Engine | null = null
  private loading: Promise<Engine> | null = null
  private jobs: Job[] = []
  private activeJob: Job | null = null
  private nextId = 1
  private foreign = false

  constructor(
    private readonly load: EngineLoader,
    private readonly options: RuntimeStoreOptions = {},
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): RuntimeSnapshot => this.snapshot

  /**
   * Code from someone else (a shared link) runs while this is on: the worker that ran it is
   * replaced once the run ends, so whatever it did to the worker cannot outlive it (SECURITY.md).
   */
  setForeign(foreign: boolean): void {
    this.foreign = foreign
  }

  /** Starts loading Python if nothing has yet; a failed load is tried again. */
  preload(): void {
    this.ensureEngine().catch(() => undefined) // the failure is in the status
  }

  run(files: ProgramFiles, options?: RunOptions): RunTicket {
    const ticket = this.enqueue((engine) => engine.run(files, options))
    const outcome = ticket.outcome.then((done): RunOutcome =>
      done.kind === 'finished' ? { kind: 'finished', result: done.value } : done,
    )
    return { id: ticket.id, outcome, stop: ticket.stop }
  }

  /** Queues any work for the engine (exercises queue their grading runs here). */
  enqueue<T>(work: (engine: Engine) => Promise<T>): WorkTicket<T> {
    const id = this.nextId++
    let resolve!: (outcome: WorkOutcome<T>) => void
    const outcome = new Promise<WorkOutcome<T>>((done) => (resolve = done))
    this.jobs.push({
      id,
      work,
      resolve: resolve as (outcome: WorkOutcome<unknown>) => void,
    })
    this.publish()
    void this.pump()
    return { id, outcome, stop: () => this.stop(id) }
  }

  private stop(id: number): void {
    const waiting = this.jobs.find((job) => job.id === id)
    if (waiting) {
      this.jobs = this.jobs.filter((job) => job !== waiting)
      waiting.resolve({ kind: 'cancelled' })
      this.publish()
      return
    }
    const active = this.activeJob
    if (active?.id !== id) return
    if (this.snapshot.active?.phase === 'starting') {
      // Python is still booting for it: drop the run, let the boot go on for the next one.
      this.activeJob = null
      active.resolve({ kind: 'cancelled' })
      this.publish()
      void this.pump()
      return
    }
    this.engine?.interrupt()
  }

  private async pump(): Promise<void> {
    if (this.activeJob) return
    const job = this.jobs.shift()
    if (!job) return
    this.activeJob = job
    this.publish()
    let engine: Engine
    try {
      engine = await this.ensureEngine()
    } catch (error) {
      this.failQueued(`Python could not start: ${describe(error)}`, job)
      return
    }
    if (this.activeJob !== job) return // stopped while Python was starting
    this.publish()
    let outcome: WorkOutcome<unknown>
    try {
      outcome = { kind: 'finished', value: await job.work(engine) }
    } catch (error) {
      outcome = { kind: 'unavailable', message: describe(error) }
    }
    this.activeJob = null
    if (this.foreign) this.replaceEngine(engine)
    job.resolve(outcome)
    this.publish()
    void this.pump()
  }

  /** Drops a used engine and boots its successor at once, so the next run waits the least. */
  private replaceEngine(used: Engine): void {
    if (this.engine !== used) return
    this.engine = null
    this.loading = null
    void used.dispose().catch(() => undefined)
    this.preload()
  }

  private failQueued(message: string, job: Job): void {
    const failed = [job, ...this.jobs]
    this.jobs = []
    if (this.activeJob === job) this.activeJob = null
    for (const each of failed) each.resolve({ kind: 'unavailable', message })
    this.publish()
  }

  private ensureEngine(): Promise<Engine> {
    if (this.engine) return Promise.resolve(this.engine)
    if (!this.loading) {
      this.setStatus({ phase: 'starting', fraction: 0, message: 'Loading Python…', restart: false })
      this.loading = this.load((progress) => this.onProgress(progress)).then(
        (engine) => {
          this.engine = engine
          this.setStatus({ phase: 'ready' })
          this.options.onFirstReady?.(engine)
          return engine
        },
        (error: unknown) => {
          this.loading = null
          this.setStatus({ phase: 'failed', message: describe(error) })
          throw error
        },
      )
    }
    return this.loading
  }

  private onProgress(progress: BootProgress): void {
    if (progress.phase === 'ready') {
      if (this.engine) this.setStatus({ phase: 'ready' })
      return
    }
    const restart = this.engine !== null
    this.setStatus({
      phase: 'starting',
      fraction: progress.fraction,
      message: progress.message,
      restart,
    })
  }

  private setStatus(status: RuntimeStatus): void {
    this.snapshot = { ...this.snapshot, status }
    this.notify()
  }

  private publish(): void {
    const job = this.activeJob
    const active: ActiveRun | null = job
      ? { id: job.id, phase: this.engine ? 'running' : 'starting' }
      : null
    this.snapshot = { ...this.snapshot, active, queued: this.jobs.map((each) => each.id) }
    this.notify()
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}
