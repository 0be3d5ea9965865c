import { describe, expect, it } from 'vitest'
import { ReplayController, type ReplayEnvironment } from './replay-controller'
import { nextEventTime, replayEnd, replayTimes, shownCount } from './replay-schedule'

describe('replay schedule', () => {
  const times = replayTimes([{ t: 0.000002 }, { t: 1.000008 }, { t: 1.000008 }, { t: 3 }])

  it('shows each event once the clock reaches its time', () => {
    expect(shownCount(times, 0)).toBe(0)
    expect(shownCount(times, 0.000002)).toBe(1)
    expect(shownCount(times, 0.999)).toBe(1)
    expect(shownCount(times, 1.000008)).toBe(3)
    expect(shownCount(times, 10)).toBe(4)
  })

  it('never shows a later event before an earlier one', () => {
    expect(replayTimes([{ t: 2 }, { t: 1 }, { t: 3 }])).toEqual([2, 2, 3])
  })

  it('knows the next change', () => {
    expect(nextEventTime(times, 0.5)).toBe(1.000008)
    expect(nextEventTime(times, 3)).toBeNull()
  })

  it('ends at the end of the run, or at its last output', () => {
    expect(replayEnd(times, 3.5)).toBe(3.5)
    expect(replayEnd(times, 2)).toBe(3)
    expect(replayEnd([], 0)).toBe(0)
  })
})

/** A hand-cranked clock: frames run only when the test advances time. */
function fakeEnvironment() {
  let now = 1000
  let frames = new Map<number, () => void>()
  let nextHandle = 1
  const environment: ReplayEnvironment = {
    now: () => now,
    requestFrame: (callback) => {
      frames.set(nextHandle, callback)
      return nextHandle++
    },
    cancelFrame: (handle) => void frames.delete(handle),
  }
  const advance = (ms: number) => {
    now += ms
    const due = frames
    frames = new Map()
    for (const callback of due.values()) callback()
  }
  return { environment, advance, pending: () => frames.size }
}

describe('ReplayController', () => {
  const events = [{ t: 0 }, { t: 1 }, { t: 2.5 }]

  it('starts with everything shown, as the instant output', () => {
    const replay = new ReplayController(events, 2.5, fakeEnvironment().environment)
    expect(replay.getSnapshot()).toMatchObject({ status: 'idle', shown: 3, end: 2.5 })
  })

  it('plays output at its virtual times, in real time', () => {
    const clock = fakeEnvironment()
    const replay = new ReplayController(events, 2.5, clock.environment)
    const seen: number[] = []
    replay.subscribe(() => seen.push(replay.getSnapshot().shown))
    replay.play()
    expect(replay.getSnapshot()).toMatchObject({ status: 'playing', shown: 1, elapsed: 0 })
    clock.advance(999)
    expect(replay.getSnapshot().shown).toBe(1)
    clock.advance(1)
    expect(replay.getSnapshot().shown).toBe(2)
    clock.advance(1500)
    expect(replay.getSnapshot()).toMatchObject({ status: 'done', shown: 3, elapsed: 2.5 })
    expect(clock.pending()).toBe(0)
    expect(seen).toEqual([1, 1, 2, 3])
  })

  it('skips the current wait to the next output', () => {
    const clock = fakeEnvironment()
    const replay = new ReplayController(events, 2.5, clock.environment)
    replay.play()
    clock.advance(100)
    replay.skipWait()
    expect(replay.getSnapshot()).toMatchObject({ elapsed: 1, shown: 2 })
    // The clock goes on from there at real speed.
    clock.advance(1500)
    expect(replay.getSnapshot()).toMatchObject({ status: 'done', shown: 3 })
  })

  it('finishes at once on skip', () => {
    const clock = fakeEnvironment()
    const replay = new ReplayController(events, 2.5, clock.environment)
    replay.play()
    replay.finish()
    expect(replay.getSnapshot()).toMatchObject({ status: 'done', shown: 3 })
    expect(clock.pending()).toBe(0)
  })

  it('skipping the last wait ends the replay', () => {
    const clock = fakeEnvironment()
    const replay = new ReplayController([{ t: 0 }], 5, clock.environment)
    replay.play()
    replay.skipWait()
    expect(replay.getSnapshot().status).toBe('done')
  })
})
