import { describe, expect, it } from 'vitest'
import { maxPending, parsePending, withPending } from './pending-submissions'
import {
  fromServer,
  isSolved,
  mergeProgress,
  parseServerProgress,
  parseStoredProgress,
  withAttempt,
} from './progress-model'

describe('exercise progress', () => {
  it('merges local and server marks as a union: solved anywhere stays solved, earliest wins', () => {
    const local = {
      a: { attempts: 3, completedAt: '2026-01-02T00:00:00.000Z' },
      b: { attempts: 1, completedAt: null },
    }
    const server = fromServer({
      exercises: [
        { exercise: 'a', attempts: 2, passed: true, completedAt: '2026-01-01T00:00:00.000Z' },
        { exercise: 'b', attempts: 4, passed: true, completedAt: '2026-01-03T00:00:00.000Z' },
        { exercise: 'c', attempts: 1, passed: false, completedAt: null },
      ],
    })
    expect(mergeProgress(local, server)).toEqual({
      a: { attempts: 3, completedAt: '2026-01-01T00:00:00.000Z' },
      b: { attempts: 4, completedAt: '2026-01-03T00:00:00.000Z' },
      c: { attempts: 1, completedAt: null },
    })
    expect(mergeProgress(server, local)).toEqual(mergeProgress(local, server))
  })

  it('counts attempts and keeps the first pass', () => {
    const t1 = new Date('2026-02-01T10:00:00Z')
    const t2 = new Date('2026-02-01T11:00:00Z')
    let map = withAttempt({}, 'x', false, t1)
    expect(isSolved(map, 'x')).toBe(false)
    map = withAttempt(map, 'x', true, t1)
    map = withAttempt(map, 'x', true, t2)
    expect(map.x).toEqual({ attempts: 3, completedAt: t1.toISOString() })
  })

  it('treats damaged storage as no progress', () => {
    expect(parseStoredProgress(null)).toEqual({})
    expect(parseStoredProgress('{not json')).toEqual({})
    expect(parseStoredProgress('{"x": {"attempts": "many"}}')).toEqual({})
    expect(parsePending('[{"exercise": 1}]')).toEqual([])
  })

  it('keeps a bounded queue of submissions to send, dropping the oldest', () => {
    let list = parsePending(null)
    for (let i = 0; i < maxPending + 5; i++) {
      list = withPending(list, { exercise: `e${i}`, code: 'print(1)', at: 'now' })
    }
    expect(list).toHaveLength(maxPending)
    expect(list[0]?.exercise).toBe('e5')
    const big = withPending([], { exercise: 'big', code: 'x'.repeat(600 * 1024), at: 'now' })
    expect(big).toEqual([])
  })
})

describe('server progress', () => {
  it('accepts what GET /api/progress answers and nothing else', () => {
    const good = {
      exercises: [
        { exercise: 'a', attempts: 2, passed: true, completedAt: '2026-01-01T00:00:00Z' },
      ],
    }
    expect(parseServerProgress(good)).toEqual(good)
    expect(parseServerProgress({ exercises: [{ exercise: 'a', attempts: -1 }] })).toBeNull()
    expect(parseServerProgress({ error: 'storage-unavailable' })).toBeNull()
    expect(parseServerProgress(null)).toBeNull()
  })
})
