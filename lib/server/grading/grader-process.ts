/**
 * One grading process (see sandboxed-node.ts for its sandbox), watched while it grades: over its
 * time or memory cap it is killed, never waited for.
 */
import type { ChildProcess } from 'node:child_process'
import type { GradeRequestData } from '@/runtime/src/grade/types'
import type { GradeResult } from '@/runtime/src/types'
import { canMeasureUsage, cpuSeconds, residentMiB } from './process-usage'
import { startSandboxedNode } from './sandboxed-node'
import type { GraderPaths } from './worker-bundle'
import type { FromGrader, ToGrader } from './worker/messages'

export type GraderLimits = {
  /** Wall-clock cap for one grade (all of its runs); the process is killed past it. */
  jobMs: number
  /** Resident memory cap; the process is killed past it. */
  memoryMiB: number
  heapMiB: number
  /** Lifetime CPU cap of a process (ulimit -t); the pool retires processes well before it. */
  cpuSeconds: number
  bootMs: number
}

export type JobOutcome =
  | { kind: 'graded'; grade: GradeResult; ms: number }
  | { kind: 'time-limit'; ms: number }
  | { kind: 'memory-limit'; memoryMiB: number }
  | { kind: 'crashed'; reason: string }

type ActiveJob = { id: number; finish(outcome: JobOutcome): void }

/** How often a busy process's memory is read. */
const memoryPollMs = 50
const stderrTailLines = 20

export class GraderProcess {
  readonly ready: Promise<void>
  private readonly child: ChildProcess
  private job: ActiveJob | null = null
  private nextId = 1
  private exited = false
  private killed = false
  private stderrTail: string[] = []
  private exitListeners: ((reason: string) => void)[] = []

  constructor(
    paths: GraderPaths,
    private readonly limits: GraderLimits,
  ) {
    this.child = startSandboxedNode(paths.script, ['--serve', paths.snapshots], {
      readable: paths.readable,
      heapMiB: limits.heapMiB,
      cpuSeconds: limits.cpuSeconds,
      cwd: paths.snapshots,
    })
    this.child.stderr?.setEncoding('utf8').on('data', (text: string) => this.keepStderr(text))
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`the grading process did not start within ${limits.bootMs / 1000} s`))
        this.kill()
      }, limits.bootMs)
      this.child.on('message', (message: FromGrader) => {
        if (message.type === 'ready') {
          clearTimeout(timer)
          resolve()
        } else if (message.type === 'boot-failed') {
          clearTimeout(timer)
          reject(new Error(`the grading process failed to start: ${message.message}`))
        } else {
          this.onAnswer(message)
        }
      })
      this.child.on('exit', (code, signal) => {
        clearTimeout(timer)
        const reason = this.describeExit(code, signal)
        reject(new Error(`the grading process stopped while starting: ${reason}`))
        this.onExit(reason)
      })
      this.child.on('error', (error) => this.keepStderr(String(error)))
    })
    this.ready.catch(() => {}) // observed by the pool; never an unhandled rejection here
  }

  get busy(): boolean {
    return this.job !== null
  }

  /** Running and not being killed: able to take a job once idle. */
  get alive(): boolean {
    return !this.exited && !this.killed
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  /** Called once, when the process is gone (for whatever reason). */
  onceExited(listener: (reason: string) => void): void {
    if (this.exited) listener('already exited')
    else this.exitListeners.push(listener)
  }

  grade(exercise: GradeRequestData, code: string): Promise<JobOutcome> {
    if (this.job || !this.alive) throw new Error('grading process is not idle')
    const id = this.nextId++
    const started = performance.now()
    return new Promise<JobOutcome>((resolve) => {
      const timers: ReturnType<typeof setTimeout>[] = []
      let finished = false
      const finish = (outcome: JobOutcome) => {
        if (finished) return
        finished = true
        for (const timer of timers) clearTimeout(timer)
        this.job = null
        resolve(outcome)
      }
      this.job = { id, finish }
      timers.push(
        setTimeout(() => {
          finish({ kind: 'time-limit', ms: performance.now() - started })
          this.kill()
        }, this.limits.jobMs),
      )
      if (canMeasureUsage) timers.push(this.watchMemory(finish))
      const message: ToGrader = { type: 'grade', id, exercise, code }
      this.child.send(message, (error) => {
        if (error) finish({ kind: 'crashed', reason: `could not reach it (${error.message})` })
      })
    })
  }

  /** CPU seconds used so far (null when unknown): the pool retires a process well before its cap. */
  cpuSecondsUsed(): Promise<number | null> {
    return this.child.pid ? cpuSeconds(this.child.pid) : Promise.resolve(null)
  }

  /** Resident memory now (null when unknown). WASM memory never shrinks once grown. */
  memoryMiB(): Promise<number | null> {
    return this.child.pid ? residentMiB(this.child.pid) : Promise.resolve(null)
  }

  kill(): void {
    this.killed = true
    if (!this.exited) this.child.kill('SIGKILL')
  }

  private watchMemory(finish: (outcome: JobOutcome) => void): ReturnType<typeof setTimeout> {
    const pid = this.child.pid
    const poll = setInterval(() => {
      if (!pid || !this.job) return
      void residentMiB(pid).then((used) => {
        if (used !== null && used > this.limits.memoryMiB && this.job) {
          // Rounded up: 400.3 MiB over a 400 MiB cap must not read "more than 400 MB" as 400.
          finish({ kind: 'memory-limit', memoryMiB: Math.ceil(used) })
          this.kill()
        }
      })
    }, memoryPollMs)
    poll.unref()
    return poll
  }

  private onAnswer(message: Exclude<FromGrader, { type: 'ready' | 'boot-failed' }>): void {
    const job = this.job
    if (!job || job.id !== message.id) return
    if (message.type === 'graded') {
      job.finish({ kind: 'graded', grade: message.grade, ms: message.ms })
      if (message.retire) this.kill()
    } else {
      job.finish({ kind: 'crashed', reason: message.message })
      this.kill() // the grader threw: its Pyodide may be in any state
    }
  }

  private onExit(reason: string): void {
    if (this.exited) return
    this.exited = true
    this.job?.finish({ kind: 'crashed', reason })
    for (const listener of this.exitListeners.splice(0)) listener(reason)
  }

  private describeExit(code: number | null, signal: NodeJS.Signals | null): string {
    const how = signal ? `killed by ${signal}` : `exit code ${code}`
    const tail = this.stderrTail.join('').trim().split('\n').slice(-3).join(' | ')
    return tail ? `${how}: ${tail}` : how
  }

  private keepStderr(text: string): void {
    this.stderrTail.push(text)
    if (this.stderrTail.length > stderrTailLines) this.stderrTail.shift()
  }
}
