import { describe, expect, it } from 'vitest'
import { diffLines, type DiffLine } from './line-diff'

/** `diff`-style one-character marks, easy to read in an assertion. */
function marks(lines: DiffLine[]): string[] {
  return lines.map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'missing' ? '-' : '+'}${l.text}`)
}

/** Rebuilds both sides from a diff: any correct diff must give back its inputs. */
function sides(lines: DiffLine[]) {
  return {
    expected: lines.filter((l) => l.kind !== 'extra').map((l) => l.text),
    actual: lines.filter((l) => l.kind !== 'missing').map((l) => l.text),
  }
}

function edits(lines: DiffLine[]): number {
  return lines.filter((l) => l.kind !== 'same').length
}

describe('diffLines', () => {
  it('marks a changed line as one missing and one extra line', () => {
    expect(marks(diffLines(['a', 'b', 'c'], ['a', 'B', 'c']))).toEqual([' a', '-b', '+B', ' c'])
  })

  it('finds insertions and deletions anywhere', () => {
    expect(marks(diffLines(['a', 'c'], ['a', 'b', 'c']))).toEqual([' a', '+b', ' c'])
    expect(marks(diffLines(['x', 'a'], ['a']))).toEqual(['-x', ' a'])
    expect(marks(diffLines([], ['a']))).toEqual(['+a'])
    expect(marks(diffLines(['a'], []))).toEqual(['-a'])
    expect(diffLines([], [])).toEqual([])
  })

  it('numbers lines on both sides', () => {
    expect(diffLines(['a', 'b'], ['b', 'c'])).toEqual([
      { kind: 'missing', text: 'a', expectedLine: 1 },
      { kind: 'same', text: 'b', expectedLine: 2, actualLine: 1 },
      { kind: 'extra', text: 'c', actualLine: 2 },
    ])
  })

  it('is minimal: the classic ABCABBA / CBABAC pair needs 5 edits', () => {
    const lines = diffLines([...'ABCABBA'], [...'CBABAC'])
    expect(edits(lines)).toBe(5)
    expect(sides(lines)).toEqual({ expected: [...'ABCABBA'], actual: [...'CBABAC'] })
  })

  it('shows a reordering (finish order vs argument order) as moved lines', () => {
    const lines = diffLines(['one', 'two', 'three'], ['three', 'one', 'two'])
    expect(edits(lines)).toBe(2)
    expect(sides(lines)).toEqual({
      expected: ['one', 'two', 'three'],
      actual: ['three', 'one', 'two'],
    })
  })

  it('gives back both sides and a minimal script on random inputs', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = (n: number) =>
      Array.from({ length: n }, () => 'abcd'[Math.floor(random() * 4)] ?? 'a')
    for (let round = 0; round < 200; round++) {
      const a = pick(Math.floor(random() * 12))
      const b = pick(Math.floor(random() * 12))
      const lines = diffLines(a, b)
      expect(sides(lines)).toEqual({ expected: a, actual: b })
      expect(edits(lines)).toBe(a.length + b.length - 2 * lcsLength(a, b))
    }
  })

  it('past maxEdits still gives a correct (if not minimal) diff', () => {
    const a = ['same', ...'abcdef'.split(''), 'end']
    const b = ['same', ...'uvwxyz'.split(''), 'end']
    const lines = diffLines(a, b, { maxEdits: 3 })
    expect(sides(lines)).toEqual({ expected: a, actual: b })
    expect(marks(lines).slice(0, 3)).toEqual([' same', '-a', '-b'])
  })
})

/** The textbook O(N·M) LCS: the oracle for minimality. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0)
      diagonal = above
    }
  }
  return row[b.length] ?? 0
}
