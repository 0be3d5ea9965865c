/**
 * A token bucket per client: `burst` requests at once, refilled at `perSecond`. In memory, so per
 * server instance — behind a load balancer each instance limits on its own (documented in the
 * README); idle buckets are swept so the map cannot grow without bound.
 */
export type RateLimitOptions = { burst: number; perSecond: number; maxClients?: number }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Bucket = { tokens: number; updatedMs: number }

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly maxClients: number

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (options.burst < 1 || options.perSecond <= 0) {
      throw new Error('a rate limit needs burst ≥ 1 and perSecond > 0')
    }
    this.maxClients = options.maxClients ?? 100_000
  }

  take(client: string): RateDecision {
    const now = this.now()
    const bucket = this.refilled(this.buckets.get(client), now)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      this.store(client, bucket, now)
      return { allowed: true }
    }
    this.store(client, bucket, now)
    const wait = (1 - bucket.tokens) / this.options.perSecond
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) }
  }

  get size(): number {
    return this.buckets.size
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.options.burst, updatedMs: now }
    const elapsed = Math.max(0, now - bucket.updatedMs) / 1000
    const tokens = Math.min(this.options.burst, bucket.tokens + elapsed * this.options.perSecond)
    return { tokens, updatedMs: now }
  }

  private store(client: string, bucket: Bucket, now: number): void {
    // Re-inserting keeps the Map in least-recently-used order for the sweep below.
    this.buckets.delete(client)
    this.buckets.set(client, bucket)
    if (this.buckets.size > this.maxClients) this.sweep(now)
  }

  /** Drops buckets that have refilled completely (forgetting them changes nothing), oldest first. */
  private sweep(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxClients * 0.9) break
      if (this.refilled(bucket, now).tokens >= this.options.burst) this.buckets.delete(client)
    }
    // Everyone is mid-burst: forget the least recently seen rather than grow without bound.
    for (const client of this.buckets.keys()) {
      if (this.buckets.size <= this.maxClients) break
      this.buckets.delete(client)
    }
  }
}
