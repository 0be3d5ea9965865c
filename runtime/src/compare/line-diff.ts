/**
 * A line diff with Myers' O((N+M)·D) algorithm ("An O(ND) Difference Algorithm and Its
 * Variations", 1986): the shortest edit script, so a one-line change reads as one line changed.
 * Common head and tail lines are matched first (cheap, and the usual shape of a near-miss output).
 * When outputs differ wildly (more than `maxEdits` edits), the middle is reported as one block
 * replaced: still a correct diff, just not minimal, and memory stays bounded.
 */

export type DiffLine =
  /** In both outputs. */
  | { kind: 'same'; text: string; expectedLine: number; actualLine: number }
  /** In the expected output only: the program did not print it. */
  | { kind: 'missing'; text: string; expectedLine: number }
  /** In the actual output only: the program printed it, the lesson does not show it. */
  | { kind: 'extra'; text: string; actualLine: number }

export type DiffOptions = { maxEdits?: number }

const defaultMaxEdits = 2000

/** Every line of both sides, in order; line numbers are 1-based. */
export function diffLines(
  expected: readonly string[],
  actual: readonly string[],
  options: DiffOptions = {},
): DiffLine[] {
  let head = 0
  while (head < expected.length && head < actual.length && expected[head] === actual[head]) head++
  let tail = 0
  while (
    tail < expected.length - head &&
    tail < actual.length - head &&
    expected[expected.length - 1 - tail] === actual[actual.length - 1 - tail]
  ) {
    tail++
  }
  const a = expected.slice(head, expected.length - tail)
  const b = actual.slice(head, actual.length - tail)
  const middle =
    shortestEditScript(a, b, options.maxEdits ?? defaultMaxEdits) ?? replaceAll(a.length, b.length)

  const out: DiffLine[] = []
  let e = 0
  let x = 0
  const same = (count: number) => {
    for (let i = 0; i < count; i++, e++, x++) {
      out.push({ kind: 'same', text: expected[e] ?? '', expectedLine: e + 1, actualLine: x + 1 })
    }
  }
  same(head)
  for (const op of middle) {
    if (op === 'same') same(1)
    else if (op === 'missing') {
      out.push({ kind: 'missing', text: expected[e] ?? '', expectedLine: e + 1 })
      e++
    } else {
      out.push({ kind: 'extra', text: actual[x] ?? '', actualLine: x + 1 })
      x++
    }
  }
  same(tail)
  return out
}

type Op = 'same' | 'missing' | 'extra'

function replaceAll(removed: number, added: number): Op[] {
  return [...Array<Op>(removed).fill('missing'), ...Array<Op>(added).fill('extra')]
}

/**
 * Greedy forward Myers. `trace[d]` keeps the furthest x reached on each diagonal k in [-d, d]
 * after d edits (x - y = k), which is all the backtrack needs. Returns null past maxEdits.
 */
function shortestEditScript(a: readonly string[], b: readonly string[], maxEdits: number) {
  const n = a.length
  const m = b.length
  const limit = Math.min(n + m, maxEdits)
  const trace: Int32Array[] = []
  let previous = new Int32Array(1) // d = -1: a virtual start at x = 0 on diagonal 1
  for (let d = 0; d <= limit; d++) {
    const current = new Int32Array(2 * d + 1)
    const at = (v: Int32Array, span: number, k: number) => v[k + span] ?? 0
    for (let k = -d; k <= d; k += 2) {
      // Step down (an insertion) from diagonal k+1, or right (a deletion) from k-1, whichever
      // went further; at d = 0 start from the origin.
      let x: number
      if (d === 0) x = 0
      else if (k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))) {
        x = at(previous, d - 1, k + 1)
      } else {
        x = at(previous, d - 1, k - 1) + 1
      }
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      current[k + d] = x
      if (x >= n && y >= m) {
        trace.push(current)
        return backtrack(trace, n, m)
      }
    }
    trace.push(current)
    previous = current
  }
  return null
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d - 1] as Int32Array
    const at = (k: number) => before[k + d - 1] ?? 0
    const k = x - y
    const fromBelow = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const previousK = fromBelow ? k + 1 : k - 1
    const previousX = at(previousK)
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      ops.push('same')
      x--
      y--
    }
    ops.push(fromBelow ? 'extra' : 'missing')
    if (fromBelow) y--
    else x--
  }
  while (x > 0 && y > 0) {
    ops.push('same')
    x--
    y--
  }
  return ops.reverse()
}
