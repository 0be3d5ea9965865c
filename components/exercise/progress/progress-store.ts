/**
 * The page's exercise progress: local marks (localStorage, instant, offline) merged with the
 * server's (GET /api/progress, once per page). Each Check is marked locally at once and its server
 * copy sent in the background (POST /api/grade); a copy that cannot be sent now (offline, busy,
 * rate-limited) waits in a queue and goes later. Framework-free; React binds it in use-progress.ts.
 */
import { storageKeys } from '@/components/storage/browser-storage'
import type { PendingSubmission } from './pending-submissions'
import { parsePending, withPending } from './pending-submissions'
import {
  fromServer,
  mergeProgress,
  parseServerProgress,
  parseStoredProgress,
  withAttempt,
  type ProgressMap,
} from './progress-model'

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

export type ProgressDeps = {
  storage: KeyValueStore | null
  fetch: typeof fetch
  now(): Date
  /** Called with a delay when a send must be retried later. */
  schedule(retry: () => void, ms: number): void
}

export const progressKey = storageKeys.progress
export const pendingKey = storageKeys.pendingGrades
const defaultRetryMs = 30_000

type Send = 'sent' | 'dropped' | { retryAfterMs: number }

export class ProgressStore {
  private local: ProgressMap = {}
  private server: ProgressMap = {}
  private snapshot: ProgressMap = {}
  private started = false
  private flushing = false
  private readonly listeners = new Set<() => void>()

  constructor(private readonly deps: ProgressDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    this.start()
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ProgressMap => this.snapshot

  /** Reads local marks, asks the server for its own, and sends what is waiting. Once. */
  start(): void {
    if (this.started) return
    this.started = true
    this.reloadLocal()
    void this.loadServer()
    void this.flush()
  }

  /** Another tab changed the marks or the queue. */
  reloadLocal(): void {
    this.local = parseStoredProgress(this.read(progressKey))
    this.publish()
  }

  /** A Check graded in this page: mark it now, record it on the server when possible. */
  recordCheck(exercise: string, code: string, passed: boolean): void {
    const at = this.deps.now()
    this.local = withAttempt(parseStoredProgress(this.read(progressKey)), exercise, passed, at)
    this.write(progressKey, JSON.stringify(this.local))
    this.publish()
    const pending = withPending(this.pending(), { exercise, code, at: at.toISOString() })
    this.write(pendingKey, JSON.stringify(pending))
    void this.flush()
  }

  /** Sends waiting submissions oldest first; stops at the first that must wait. */
  async flush(): Promise<void> {
    if (this.flushing) return
    this.flushing = true
    try {
      for (;;) {
        const [next] = this.pending()
        if (!next) return
        const outcome = await this.send(next)
        if (typeof outcome === 'object') {
          this.deps.schedule(() => void this.flush(), outcome.retryAfterMs)
          return
        }
        // Re-read: another tab may have changed the queue meanwhile.
        const rest = this.pending().filter((entry) => !same(entry, next))
        this.write(pendingKey, JSON.stringify(rest))
      }
    } finally {
      this.flushing = false
    }
  }

  private async send(entry: PendingSubmission): Promise<Send> {
    let response: Response
    try {
      response = await this.deps.fetch('/api/grade', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ exercise: entry.exercise, code: entry.code }),
      })
    } catch {
      return { retryAfterMs: defaultRetryMs } // offline: the 'online' event flushes sooner
    }
    if (response.ok) {
      const grade = (await response.json().catch(() => null)) as { status?: unknown } | null
      this.server = withAttempt(
        this.server,
        entry.exercise,
        grade?.status === 'pass',
        this.deps.now(),
      )
      this.publish()
      return 'sent'
    }
    if (response.status === 429 || response.status >= 500) {
      const seconds = Number(response.headers.get('retry-after'))
      return { retryAfterMs: seconds > 0 ? seconds * 1000 : defaultRetryMs }
    }
    return 'dropped' // refused for good (unknown exercise, too large): retrying cannot help
  }

  private async loadServer(): Promise<void> {
    try {
      const response = await this.deps.fetch('/api/progress', { cache: 'no-store' })
      if (!response.ok) return
      const progress = parseServerProgress(await response.json())
      if (!progress) return
      this.server = mergeProgress(this.server, fromServer(progress))
      this.publish()
    } catch {
      // Offline: local marks are all there is, and they are shown already.
    }
  }

  private pending(): PendingSubmission[] {
    return parsePending(this.read(pendingKey))
  }

  private publish(): void {
    this.snapshot = mergeProgress(this.local, this.server)
    for (const listener of this.listeners) listener()
  }

  private read(key: string): string | null {
    try {
      return this.deps.storage?.getItem(key) ?? null
    } catch {
      return null
    }
  }

  private write(key: string, value: string): void {
    try {
      this.deps.storage?.setItem(key, value)
    } catch {
      // Storage refused (private mode, quota): the marks still show in this page.
    }
  }
}

function same(a: PendingSubmission, b: PendingSubmission): boolean {
  return a.exercise === b.exercise && a.at === b.at && a.code === b.code
}
