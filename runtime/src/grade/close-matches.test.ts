import { describe, expect, it } from 'vitest'
import { closeMatches, editDistance } from './close-matches'

const ids = ['stop-the-ticker', 'start-the-oven-early', 'take-turns', 'three-weather-stations']

describe('closeMatches', () => {
  it('suggests ids containing what was typed, then near misses, at most three', () => {
    expect(closeMatches('ticker', ids)).toEqual(['stop-the-ticker'])
    expect(closeMatches('take-turn', ids)).toEqual(['take-turns'])
    expect(closeMatches('stop-teh-ticker', ids)).toEqual(['stop-the-ticker'])
    expect(closeMatches('the', ids)).toHaveLength(3)
    expect(closeMatches('photo-pipeline', ids)).toEqual([])
  })

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })
})
