// The one shape every bench figure takes in bench/report.json (docs/performance.md): its samples,
// the load average before each, their median, the budget it is held to and whether it holds, and
// for boot and run figures a ratio to a reference measured in the same run — on these shared
// machines a ratio holds where an absolute time does not.
import { loadavg } from 'node:os'

/** The 1-minute load average now (what the next sample competes with). */
export function loadNow() {
  return Number((loadavg()[0] ?? 0).toFixed(2))
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** budget: { op: '<' | '<=' | '>=', value }, in the figure's unit. */
export function withinBudget(value, budget) {
  if (!budget || !Number.isFinite(value)) return null
  if (budget.op === '<') return value < budget.value
  if (budget.op === '<=') return value <= budget.value
  return value >= budget.value
}

/**
 * A figure from its samples: { id, name, unit, samples, loads, median, budget?, pass? }.
 * `pass` is null when the figure has no budget (it is shown for context).
 */
export function figure({ id, name, unit, samples, loads, budget, note }) {
  const value = median(samples)
  return {
    id,
    name,
    unit,
    samples: samples.map(round),
    loads,
    median: round(value),
    ...(budget ? { budget } : {}),
    pass: withinBudget(value, budget),
    ...(note ? { note } : {}),
  }
}

/** Adds `ratio: { to, value }`: this figure's median over the reference figure's. */
export function withRatio(target, reference, label) {
  if (!reference || !Number.isFinite(reference.median) || reference.median === 0) return target
  return {
    ...target,
    ratio: { to: reference.id, label, value: round(target.median / reference.median, 3) },
  }
}

function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

export function formatValue(value, unit) {
  if (!Number.isFinite(value)) return 'n/a'
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`
  if (unit === 'ratio') return `${value.toFixed(2)}×`
  return `${Number(value.toFixed(1))} ${unit}`
}

export function formatBudget(budget, unit) {
  return budget
    ? `${budget.op === '<=' ? '≤' : budget.op === '>=' ? '≥' : '<'} ${formatValue(budget.value, unit)}`
    : ''
}

export function mark(pass) {
  return pass === true ? '✔' : pass === false ? '✘' : ''
}
