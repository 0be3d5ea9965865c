import { describe, expect, it } from 'vitest'
import { median, percentile } from './stats'

describe('percentile', () => {
  it('uses nearest rank over unsorted samples', () => {
    const samples = [5, 1, 4, 2, 3]
    expect(median(samples)).toBe(3)
    expect(percentile(samples, 95)).toBe(5)
    expect(percentile(samples, 1)).toBe(1)
  })

  it('is NaN without samples', () => {
    expect(median([])).toBeNaN()
  })
})
