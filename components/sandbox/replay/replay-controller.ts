/**
 * Drives one replay: a virtual clock that runs at real speed from a start time, can skip the
 * current wait (jump to the next output) or skip to the end. Framework-free with an injectable
 * clock and frame scheduler, so tests step time by hand; the UI subscribes for each frame.
 */
import { nextEventTime, replayEnd, replayTimes, shownCount } from './replay-schedule'

export type ReplayState = {
  status: 'idle' | 'playing' | 'done'
  /** Virtual seconds reached. */
  elapsed: number
  /** How many output events are on screen. */
  shown: number
  /** Where the replay ends, in virtual seconds. */
  end: number
}

export type ReplayEnvironment = {
  now(): number
  requestFrame(callback: () => void): number
  cancelFrame(handle: number): void
}

const browserEnvironment: ReplayEnvironment = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
}

export class ReplayController {
  private readonly times: number[]
  private state: ReplayState
  /** Real time (ms) at which the virtual clock read 0, adjusted by every skip. */
  private origin = 0
  private frame: number | null = null
  private readonly listeners = new Set<() => void>()

  constructor(
    events: readonly { t: number }[],
    runSeconds: number,
    private readonly environment: ReplayEnvironment = browserEnvironment,
  ) {
    this.times = replayTimes(events)
    const end = replayEnd(this.times, runSeconds)
    this.state = { status: 'idle', elapsed: end, shown: this.times.length, end }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ReplayState => this.state

  play(): void {
    this.cancel()
    this.origin = this.environment.now()
    this.update(0, 'playing')
    this.schedule()
  }

  /** Jumps to the next output (the rest of the current wait is skipped). */
  skipWait(): void {
    if (this.state.status !== 'playing') return
    const next = nextEventTime(this.times, this.state.elapsed)
    if (next === null) return this.finish()
    this.origin = this.environment.now() - next * 1000
    this.update(next, 'playing')
  }

  /** Shows everything at once. */
  finish(): void {
    this.cancel()
    this.update(this.state.end, 'done')
  }

  dispose(): void {
    this.cancel()
    this.listeners.clear()
  }

  private tick = (): void => {
    this.frame = null
    const elapsed = (this.environment.now() - this.origin) / 1000
    if (elapsed >= this.state.end) return this.finish()
    this.update(elapsed, 'playing')
    this.schedule()
  }

  private schedule(): void {
    this.frame = this.environment.requestFrame(this.tick)
  }

  private cancel(): void {
    if (this.frame !== null) this.environment.cancelFrame(this.frame)
    this.frame = null
  }

  private update(elapsed: number, status: ReplayState['status']): void {
    const shown = status === 'done' ? this.times.length : shownCount(this.times, elapsed)
    this.state = { status, elapsed, shown, end: this.state.end }
    for (const listener of this.listeners) listener()
  }
}
