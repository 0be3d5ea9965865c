/**
 * Replay in real time, the Go Playground way: a run under virtual time finishes at once, and its
 * recorded output is then played back so each line appears when the program's clock printed it.
 * These functions answer "at this point of the replay, what is on screen, and when is the next
 * change due?" — pure, so the timing rules are tested without waiting.
 */

/**
 * The time each event may appear: its own time, but never before an earlier event (output is
 * shown as a prefix, in the order it was printed, even if a clock ever ran backwards).
 */
export function replayTimes(events: readonly { t: number }[]): number[] {
  let latest = 0
  return events.map(({ t }) => (latest = Math.max(latest, t)))
}

/** How many events are on screen once `elapsed` virtual seconds of the replay have passed. */
export function shownCount(times: readonly number[], elapsed: number): number {
  let low = 0
  let high = times.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((times[middle] ?? Infinity) <= elapsed) low = middle + 1
    else high = middle
  }
  return low
}

/** The time of the first event still to come after `elapsed`, or null when all are shown. */
export function nextEventTime(times: readonly number[], elapsed: number): number | null {
  const next = times[shownCount(times, elapsed)]
  return next === undefined ? null : next
}

/** Where the replay ends: the end of the run, or its last output if that came later. */
export function replayEnd(times: readonly number[], runSeconds: number): number {
  return Math.max(runSeconds, times.at(-1) ?? 0)
}
