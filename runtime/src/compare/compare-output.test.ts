import { describe, expect, it } from 'vitest'
import { compareOutput } from './compare-output'
import { formatUnifiedDiff } from './unified'

describe('compareOutput', () => {
  it('matches despite trailing spaces and final newlines, with no hunks', () => {
    const result = compareOutput('Hello\nWorld', 'Hello  \nWorld\n\n')
    expect(result.matches).toBe(true)
    expect(result.hunks).toEqual([])
    expect(result.lines.every((line) => line.kind === 'same')).toBe(true)
  })

  it('is strict about everything else', () => {
    expect(compareOutput('a', ' a').matches).toBe(false)
    expect(compareOutput('a\n\nb', 'a\nb').matches).toBe(false)
    expect(compareOutput('Done', 'done').matches).toBe(false)
    expect(compareOutput('a', '').matches).toBe(false)
  })

  it('keeps only the changed neighbourhood in hunks', () => {
    const expected = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`)
    const actual = expected.map((line) => (line === 'line 10' ? 'line ten' : line))
    const { hunks } = compareOutput(expected.join('\n'), actual.join('\n'))
    expect(hunks).toHaveLength(1)
    expect(hunks[0]).toMatchObject({ expectedStart: 7, expectedCount: 7, actualStart: 7 })
    expect(hunks[0]?.lines.map((l) => l.kind)).toEqual([
      'same',
      'same',
      'same',
      'missing',
      'extra',
      'same',
      'same',
      'same',
    ])
  })

  it('splits far-apart changes into separate hunks and merges close ones', () => {
    const expected = Array.from({ length: 30 }, (_, i) => String(i))
    const far = expected.map((l) => (l === '2' || l === '25' ? `${l}!` : l))
    expect(compareOutput(expected.join('\n'), far.join('\n')).hunks).toHaveLength(2)
    const near = expected.map((l) => (l === '10' || l === '15' ? `${l}!` : l))
    expect(compareOutput(expected.join('\n'), near.join('\n')).hunks).toHaveLength(1)
  })
})

describe('formatUnifiedDiff', () => {
  it('renders hunks like diff -u, with the labels given', () => {
    const comparison = compareOutput('a\nb\nc', 'a\nc\nd')
    expect(formatUnifiedDiff(comparison, { expectedLabel: 'lesson', actualLabel: 'printed' })).toBe(
      ['--- lesson', '+++ printed', '@@ -1,3 +1,3 @@', ' a', '-b', ' c', '+d', ''].join('\n'),
    )
  })

  it('gives the empty-side ranges diff -u gives', () => {
    expect(formatUnifiedDiff(compareOutput('', 'x'))).toContain('@@ -0,0 +1 @@\n+x')
    expect(formatUnifiedDiff(compareOutput('x', ''))).toContain('@@ -1 +0,0 @@\n-x')
  })

  it('is empty for a match', () => {
    expect(formatUnifiedDiff(compareOutput('same', 'same\n'))).toBe('')
  })

  it('escapes invisible differences that would otherwise look identical', () => {
    const text = formatUnifiedDiff(compareOutput('a b', 'a\tb'))
    expect(text).toContain('-a b\n+a\\tb')
    const plain = formatUnifiedDiff(compareOutput('a\tb', 'xyz'))
    expect(plain).toContain('-a\tb')
  })
})
