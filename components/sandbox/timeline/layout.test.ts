import type { RunResult } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import { preciseSeconds } from './describe'
import blockCancelFail from './fixtures/block-cancel-fail.json'
import gatherThree from './fixtures/gather-three.json'
import { layoutTimeline, neighbour, laneHeight } from './layout'
import { buildTimeline } from './model'

const model = (fixture: unknown) => buildTimeline(fixture as RunResult)

describe('layoutTimeline', () => {
  const gather = layoutTimeline(model(gatherThree), 800, 'time')

  it('stacks one lane per task and leaves room for the axis', () => {
    expect(gather.lanes.map((lane) => lane.title)).toEqual([
      'main()',
      'fetch()',
      'fetch()',
      'fetch()',
    ])
    expect(gather.lanes[1]!.y - gather.lanes[0]!.y).toBe(laneHeight)
    expect(gather.height).toBeGreaterThan(gather.plot.bottom)
    expect(gather.ticks.at(-1)?.label).toBe('3.0 s')
  })

  it('draws waits proportionally and labels the ones with room', () => {
    const waits = gather.items.filter((item) => item.kind === 'waiting' && item.laneIndex > 0)
    const span = gather.plot.x1 - gather.plot.x0
    expect(waits.map((w) => Math.round((w.width / span) * 3))).toEqual([1, 2, 3])
    expect(waits.map((w) => w.label)).toEqual(['sleep(1)', 'sleep(2)', 'sleep(3)'])
  })

  it('keeps microsecond steps visible', () => {
    const steps = gather.items.filter((item) => item.kind === 'running')
    expect(steps.length).toBeGreaterThan(4)
    for (const step of steps) expect(step.width).toBeGreaterThanOrEqual(3)
  })

  it('merges prints too close to tell apart into one marker', () => {
    // "start a" at 2 µs and "done a" at 1 s are far apart in time mode: two markers.
    const lane1 = gather.items.filter((item) => item.laneIndex === 1 && item.kind === 'output')
    expect(lane1.map((item) => item.count)).toEqual([1, 1])
    // Prints microseconds apart would sit on the same pixels: they share a marker.
    const burst = buildTimeline({
      timeline: [],
      virtualSeconds: 2,
      events: [0.000001, 0.000002, 0.000003, 2].map((t) => ({
        t,
        stream: 'stdout' as const,
        text: `${t}\n`,
      })),
    })
    const markers = layoutTimeline(burst, 600, 'time').items.filter(
      (item) => item.kind === 'output',
    )
    expect(markers.map((item) => item.count)).toEqual([3, 1])
    expect(markers[0]!.description).toMatch(/prints 3 times from 0\.000001 s to 0\.000003 s/)
  })

  it('spreads the same run out in steps mode', () => {
    const steps = layoutTimeline(
      buildTimeline({
        timeline: [],
        virtualSeconds: 2,
        events: [0.000001, 0.000002, 0.000003, 2].map((t) => ({
          t,
          stream: 'stdout' as const,
          text: 'x\n',
        })),
      }),
      600,
      'steps',
    )
    expect(steps.items.filter((item) => item.kind === 'output').map((item) => item.count)).toEqual([
      1, 1, 1, 1,
    ])
  })

  it('describes items in words', () => {
    const wait = gather.items.find((item) => item.label === 'sleep(2)')!
    expect(wait.description).toBe(
      'fetch() waits for sleep(2) at line 5, from 0.000004 s to 2.000012 s',
    )
    const done = gather.items.find((item) => item.kind === 'done' && item.laneIndex === 1)!
    expect(done.description).toBe("fetch() finishes at 1.000008 s, returning 'a'")
  })

  it('says a blocking step keeps everything else from running', () => {
    const layout = layoutTimeline(model(blockCancelFail), 800, 'time')
    const block = layout.items.find((item) => item.kind === 'running' && item.width > 100)!
    expect(block.description).toMatch(
      /^main\(\) runs without yielding from 0\.000001 s to 0\.500002 s/,
    )
  })

  it('fits a phone-width chart', () => {
    const narrow = layoutTimeline(model(gatherThree), 320, 'time')
    expect(narrow.labelWidth).toBe(96)
    expect(narrow.plot.x1).toBeLessThanOrEqual(320)
    for (const item of narrow.items) expect(item.x).toBeGreaterThanOrEqual(narrow.plot.x0)
  })
})

describe('neighbour (keyboard moves)', () => {
  const { items } = layoutTimeline(model(gatherThree), 800, 'time')
  const first = (lane: number) => items.findIndex((item) => item.laneIndex === lane)

  it('moves along a lane in time order and stops at its ends', () => {
    const start = neighbour(items, first(1), 'Home')
    const next = neighbour(items, start, 'ArrowRight')
    expect(items[next]!.x).toBeGreaterThanOrEqual(items[start]!.x)
    expect(neighbour(items, start, 'ArrowLeft')).toBe(start)
    const end = neighbour(items, start, 'End')
    expect(neighbour(items, end, 'ArrowRight')).toBe(end)
  })

  it('moves between lanes to the nearest item', () => {
    const down = neighbour(items, first(0), 'ArrowDown')
    expect(items[down]!.laneIndex).toBe(1)
    expect(neighbour(items, first(0), 'ArrowUp')).toBe(first(0))
  })
})

it('preciseSeconds trims trailing zeros', () => {
  expect(preciseSeconds(1.000008)).toBe('1.000008 s')
  expect(preciseSeconds(0.5)).toBe('0.5 s')
  expect(preciseSeconds(0)).toBe('0 s')
})
