import { describe, expect, it } from 'vitest'
import {
  describeDuration,
  formatTimestamp,
  formatVirtualSeconds,
  formatWallMs,
} from './format-time'

describe('formatVirtualSeconds', () => {
  it.each([
    [3.000023, '3.0 s'],
    [12.34, '12.3 s'],
    [3600, '3600 s'],
    [0.500001, '0.5 s'],
    [0.25, '0.25 s'],
    [0.100005, '0.1 s'],
    [0.000023, '23 µs'],
    [0.0000004, '1 µs'],
    [0, '0 s'],
    [-1, '0 s'],
  ])('%s → %s', (seconds, words) => {
    expect(formatVirtualSeconds(seconds)).toBe(words)
  })
})

describe('formatWallMs', () => {
  it.each([
    [0.4, 'under 1 ms'],
    [2.3, '2 ms'],
    [999.4, '999 ms'],
    [1234, '1.2 s'],
  ])('%s → %s', (ms, words) => {
    expect(formatWallMs(ms)).toBe(words)
  })
})

it('describes a run the way the lesson text does', () => {
  expect(describeDuration(3.000023, 2.1)).toBe('3.0 s of event-loop time, 2 ms of real time')
})

describe('formatTimestamp', () => {
  it('uses three decimals for ordinary runs', () => {
    expect(formatTimestamp(1.000008, 3)).toBe('1.000')
    expect(formatTimestamp(0.000002, 3)).toBe('0.000')
  })
  it('shows microseconds when the whole run lasted microseconds', () => {
    expect(formatTimestamp(0.000012, 0.00003)).toBe('0.000012')
  })
  it('uses two decimals for long runs', () => {
    expect(formatTimestamp(120.5, 300)).toBe('120.50')
  })
})
