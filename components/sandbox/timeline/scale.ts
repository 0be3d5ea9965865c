/**
 * The timeline's horizontal axis, two ways. "time": proportional to virtual seconds, with round
 * ticks (0, 0.5 s, 1 s…) — true to durations. "steps": every distinct moment gets the same width —
 * true to order, for the bursts where dozens of steps happen within microseconds of each other.
 */

export type ScaleMode = 'time' | 'steps'
export type AxisTick = { x: number; label: string }
export type XScale = { mode: ScaleMode; x(t: number): number; ticks: AxisTick[] }

/** 1, 2 or 5 × 10^k: the round step that gives at most `maxTicks` intervals over `span`. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || maxTicks < 1) return 1
  const raw = span / maxTicks
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw - 1e-15)
  return step ?? 10 * power
}

/** An axis label: seconds with the decimals the step needs, or µs for microsecond-long runs. */
export function tickLabel(t: number, step: number, micro: boolean): string {
  if (micro) return `${Math.round(t * 1e6)} µs`
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
  return `${t.toFixed(decimals)} s`
}

export function timeScale(end: number, x0: number, x1: number): XScale {
  const span = end > 0 ? end : 1e-6
  const x = (t: number) => x0 + (Math.min(Math.max(t, 0), span) / span) * (x1 - x0)
  const maxTicks = Math.max(1, Math.floor((x1 - x0) / 70))
  const step = niceStep(span, maxTicks)
  const micro = span < 0.001
  const ticks: AxisTick[] = []
  for (let i = 0; i * step <= span * (1 + 1e-9); i++) {
    const t = i * step
    ticks.push({ x: x(t), label: tickLabel(t, step, micro) })
  }
  return { mode: 'time', x, ticks }
}

/** Rounds away the float noise of µs arithmetic, so equal moments compare equal. */
const moment = (t: number) => Math.round(t * 1e9) / 1e9

export function stepScale(
  times: readonly number[],
  end: number,
  x0: number,
  x1: number,
  label: (t: number) => string,
): XScale {
  const distinct = [...new Set([0, end, ...times].map(moment))].sort((a, b) => a - b)
  const gap = distinct.length > 1 ? (x1 - x0) / (distinct.length - 1) : 0
  const x = (t: number) => {
    const target = moment(t)
    // Binary search: the index of the first moment ≥ t, interpolated with the one before it.
    let low = 0
    let high = distinct.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((distinct[middle] ?? 0) < target) low = middle + 1
      else high = middle
    }
    const at = distinct[low] ?? 0
    if (at === target || low === 0) return x0 + low * gap
    const before = distinct[low - 1] ?? 0
    return x0 + (low - 1 + (target - before) / (at - before)) * gap
  }
  // Label a moment only where there is room, always the first and the last.
  const minSpacing = 64
  const every = Math.max(1, Math.ceil(minSpacing / Math.max(gap, 1e-9)))
  const ticks: AxisTick[] = []
  distinct.forEach((t, index) => {
    const last = index === distinct.length - 1
    if (index % every === 0 || last) {
      const tick = { x: x0 + index * gap, label: label(t) }
      // Moments microseconds apart round to the same label: show it once.
      if (!last && ticks.at(-1)?.label === tick.label) return
      if (last && ticks.length > 0 && tick.x - (ticks.at(-1)?.x ?? 0) < minSpacing) ticks.pop()
      ticks.push(tick)
    }
  })
  return { mode: 'steps', x, ticks }
}
