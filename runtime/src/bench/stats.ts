/** Order statistics for benchmark samples (nearest-rank, as most bench tools report them). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export function median(samples: number[]): number {
  return percentile(samples, 50)
}
