/**
 * "Did you mean …?" for a mistyped exercise id: ids containing what was typed (or contained in
 * it) first, then the nearest by edit distance, at most three.
 */
export function closeMatches(wanted: string, candidates: readonly string[], limit = 3): string[] {
  const needle = wanted.toLowerCase()
  const scored = candidates.map((candidate) => {
    const contains = candidate.includes(needle) || (needle.length > 3 && needle.includes(candidate))
    return { candidate, score: contains ? 0 : editDistance(needle, candidate) }
  })
  const tolerance = Math.max(2, Math.floor(needle.length / 3))
  return scored
    .filter(({ score }) => score <= tolerance)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate)
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]!
}
