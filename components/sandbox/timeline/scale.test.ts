import { describe, expect, it } from 'vitest'
import { niceStep, stepScale, tickLabel, timeScale } from './scale'

describe('niceStep', () => {
  it.each([
    [3, 6, 0.5],
    [3, 3, 1],
    [10, 4, 5],
    [1, 10, 0.1],
    [0.00003, 6, 0.000005],
    [7, 1, 10],
  ])('span %s in at most %s ticks → %s', (span, ticks, step) => {
    expect(niceStep(span, ticks)).toBeCloseTo(step, 12)
  })
})

describe('tickLabel', () => {
  it('gives seconds the decimals the step needs', () => {
    expect(tickLabel(1.5, 0.5, false)).toBe('1.5 s')
    expect(tickLabel(2, 1, false)).toBe('2 s')
    expect(tickLabel(0.25, 0.05, false)).toBe('0.25 s')
  })
  it('counts microseconds for microsecond-long runs', () => {
    expect(tickLabel(0.000015, 0.000005, true)).toBe('15 µs')
  })
})

describe('timeScale', () => {
  const scale = timeScale(3.000023, 100, 700)
  it('maps virtual seconds proportionally', () => {
    expect(scale.x(0)).toBe(100)
    expect(scale.x(3.000023)).toBe(700)
    expect(scale.x(1.5)).toBeCloseTo(400, 0)
  })
  it('puts round ticks along the axis', () => {
    expect(scale.ticks.map((tick) => tick.label)).toEqual([
      '0.0 s',
      '0.5 s',
      '1.0 s',
      '1.5 s',
      '2.0 s',
      '2.5 s',
      '3.0 s',
    ])
  })
  it('survives a run that took no virtual time', () => {
    const empty = timeScale(0, 0, 100)
    expect(empty.x(0)).toBe(0)
    expect(empty.ticks[0]?.label).toBe('0 µs')
  })
})

describe('stepScale', () => {
  const times = [0.000001, 0.000002, 0.000003, 1.000008, 3]
  const scale = stepScale(times, 3, 0, 500, (t) => `${t}`)
  it('gives every distinct moment the same width', () => {
    expect(scale.x(0)).toBe(0)
    expect(scale.x(0.000001)).toBe(100)
    expect(scale.x(0.000002)).toBe(200)
    expect(scale.x(1.000008)).toBe(400)
    expect(scale.x(3)).toBe(500)
  })
  it('treats float noise as the same moment', () => {
    expect(scale.x(0.1 + 0.2)).toBe(scale.x(0.3))
  })
  it('places an unknown moment between its neighbours', () => {
    expect(scale.x(2.000004)).toBeCloseTo(450, 0)
  })
  it('labels moments only where there is room, keeping the last', () => {
    const tight = stepScale(
      Array.from({ length: 100 }, (_, i) => i / 100),
      1,
      0,
      300,
      (t) => `${t}`,
    )
    const xs = tight.ticks.map((tick) => tick.x)
    expect(xs[0]).toBe(0)
    expect(xs.at(-1)).toBe(300)
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(64))
  })
})

it('does not repeat a label for moments that round alike', () => {
  const scale = stepScale([0.5, 0.500001, 0.500002, 1], 1, 0, 1000, (t) => `${t.toFixed(1)} s`)
  const labels = scale.ticks.map((tick) => tick.label)
  expect(labels).toEqual([...new Set(labels)])
  expect(labels).toEqual(['0.0 s', '0.5 s', '1.0 s'])
})
