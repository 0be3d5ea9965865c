/**
 * How long a run took, in words a learner reads at a glance: the event loop's virtual clock
 * ("3.0 s of event-loop time") next to the real time the browser spent ("2 ms of real time").
 * The contrast between the two is the point of virtual time, so both read naturally at any size.
 */

/** Virtual seconds: "3.0 s", "0.25 s", "40 µs", "0 s". */
export function formatVirtualSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0 s'
  if (seconds >= 100) return `${Math.round(seconds)} s`
  if (seconds >= 1) return `${seconds.toFixed(1)} s`
  // Every clock read advances the virtual clock by 1 µs: below a millisecond, count microseconds.
  if (seconds < 0.001) return `${Math.max(1, Math.round(seconds * 1e6))} µs`
  return `${Number(seconds.toPrecision(2))} s`
}

/** Real milliseconds: "under 1 ms", "2 ms", "1.2 s". */
export function formatWallMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 1) return 'under 1 ms'
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(1)} s`
}

/** "3.0 s of event-loop time, 2 ms of real time". */
export function describeDuration(virtualSeconds: number, wallMs: number): string {
  return `${formatVirtualSeconds(virtualSeconds)} of event-loop time, ${formatWallMs(wallMs)} of real time`
}

/**
 * A timestamp in the output gutter, with as many decimals as the run needs: a 3 s run shows
 * "1.000", a 200 s run "120.00", and a run that lasted microseconds shows them.
 */
export function formatTimestamp(t: number, runSeconds: number): string {
  const decimals = runSeconds < 0.01 ? 6 : runSeconds >= 100 ? 2 : 3
  return Math.max(0, t).toFixed(decimals)
}
