/**
 * Fixtures are real runs of the .py file beside each (`npx looplab run fixtures/X.py --json`,
 * the entry renamed to main.py), so the model is tested on what the harness really reports.
 */
import type { RunResult } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import blockCancelFail from './fixtures/block-cancel-fail.json'
import deadlock from './fixtures/deadlock.json'
import gatherThree from './fixtures/gather-three.json'
import { buildTimeline, laneTitle } from './model'

const run = (fixture: unknown) => fixture as RunResult

describe('buildTimeline', () => {
  it('gives a gather of three tasks three lanes plus main', () => {
    const { lanes, end } = buildTimeline(run(gatherThree))
    expect(lanes.map((lane) => laneTitle(lane).title)).toEqual([
      'main()',
      'fetch()',
      'fetch()',
      'fetch()',
    ])
    expect(lanes.map((lane) => lane.outcome)).toEqual(['done', 'done', 'done', 'done'])
    expect(end).toBeCloseTo(3, 3)
  })

  it('draws main waiting on the gather while the fetches sleep', () => {
    const [main, a, , c] = buildTimeline(run(gatherThree)).lanes
    const mainWait = main!.segments.find((s) => s.kind === 'waiting')
    expect(mainWait).toMatchObject({ waitingFor: 'gather(3)', line: 10 })
    expect(mainWait!.to).toBeCloseTo(3, 3)
    const sleeps = (lane: typeof a) => lane!.segments.filter((s) => s.kind === 'waiting')
    expect(sleeps(a)).toHaveLength(1)
    expect(sleeps(a)[0]).toMatchObject({ waitingFor: 'sleep(1)', line: 5 })
    expect(sleeps(a)[0]!.to - sleeps(a)[0]!.from).toBeCloseTo(1, 3)
    expect(sleeps(c)[0]!.to - sleeps(c)[0]!.from).toBeCloseTo(3, 3)
  })

  it('shows a task created but not yet started as ready', () => {
    const [, a] = buildTimeline(run(gatherThree)).lanes
    expect(a!.segments[0]).toMatchObject({ kind: 'ready' })
    expect(a!.segments[1]).toMatchObject({ kind: 'running' })
  })

  it('puts each print on the lane of the task that printed it', () => {
    const { lanes } = buildTimeline(run(gatherThree))
    const prints = (index: number) =>
      lanes[index]!.markers.filter((m) => m.kind === 'output').map(
        (m) => m.kind === 'output' && m.text,
      )
    expect(prints(0)).toEqual(["['a', 'b', 'c']\n"])
    expect(prints(1)).toEqual(['start a\n', 'done a\n'])
  })

  it('shows a blocking time.sleep as a long running step', () => {
    const [, main] = buildTimeline(run(blockCancelFail)).lanes
    const longest = Math.max(
      ...main!.segments.filter((s) => s.kind === 'running').map((s) => s.to - s.from),
    )
    expect(longest).toBeCloseTo(0.5, 3)
  })

  it('marks cancellation and failure, and names tasks the program named', () => {
    const { lanes } = buildTimeline(run(blockCancelFail))
    const ticker = lanes.find((lane) => lane.name === 'ticker')!
    expect(ticker.outcome).toBe('cancelled')
    expect(laneTitle(ticker)).toEqual({ title: 'ticker', subtitle: 'ticker()' })
    const boom = lanes.find((lane) => lane.coro === 'boom')!
    expect(boom.outcome).toBe('failed')
    expect(boom.markers.at(-1)).toMatchObject({ kind: 'failed', detail: 'ValueError: boom' })
  })

  it('gives output printed outside any task its own first lane', () => {
    const { lanes } = buildTimeline(run(blockCancelFail))
    expect(lanes[0]).toMatchObject({ id: 0, name: 'outside tasks' })
    const texts = lanes[0]!.markers.map((m) =>
      m.kind === 'output' ? m.text.split('\n')[0] : m.kind,
    )
    expect(texts).toEqual(['before', 'Traceback (most recent call last):'])
  })

  it('leaves a deadlocked task waiting, unfinished, to the end of the run', () => {
    const { lanes, end } = buildTimeline(run(deadlock))
    const last = lanes.find((lane) => lane.id === 1)!.segments.at(-1)!
    expect(last).toMatchObject({ kind: 'waiting', waitingFor: 'Queue.get()', unfinished: true })
    expect(last.to).toBe(end)
  })

  it('copes with an empty run (an engine failure has no timeline)', () => {
    expect(buildTimeline({ timeline: [], events: [], virtualSeconds: 0 })).toEqual({
      lanes: [],
      end: 0,
    })
  })
  it('copes with output at 200,000 moments (too many for a spread into Math.max)', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({
      t: i / 1000,
      stream: 'stdout' as const,
      text: 'x\n',
    }))
    expect(buildTimeline({ timeline: [], events, virtualSeconds: 0 }).end).toBe(199.999)
  })
})
