import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limit'

function clock() {
  let ms = 0
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) }
}

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the wait until the next token', () => {
    const time = clock()
    const limiter = new RateLimiter({ burst: 3, perSecond: 0.5 }, time.now)
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true])
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 })
    time.advance(1)
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 })
    time.advance(1)
    expect(limiter.take('a').allowed).toBe(true)
  })

  it('keeps clients apart and never refills past the burst', () => {
    const time = clock()
    const limiter = new RateLimiter({ burst: 2, perSecond: 1 }, time.now)
    limiter.take('a')
    limiter.take('a')
    expect(limiter.take('a').allowed).toBe(false)
    expect(limiter.take('b').allowed).toBe(true)
    time.advance(60)
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false])
  })

  it('forgets idle clients instead of growing without bound', () => {
    const time = clock()
    const limiter = new RateLimiter({ burst: 1, perSecond: 1, maxClients: 100 }, time.now)
    for (let i = 0; i < 1000; i++) {
      limiter.take(`client-${i}`)
      time.advance(0.01)
    }
    expect(limiter.size).toBeLessThanOrEqual(100)
    // The most recent client is still remembered (and still limited).
    expect(limiter.take('client-999').allowed).toBe(false)
  })
})
