/**
 * Words for everything on the timeline: the tooltip a pointer or keyboard focus shows, the label
 * a screen reader reads, and the rows of the table alternative all come from here.
 */
import { labelText } from '../output/safe-text'
import type { LaneMarker, LaneSegment, TaskLane } from './model'
import { laneTitle } from './model'

/** A precise virtual time: "1.000008 s", "0.5 s", "0 s". */
export function preciseSeconds(t: number): string {
  if (t <= 0) return '0 s'
  return `${t.toFixed(6).replace(/0+$/, '').replace(/\.$/, '')} s`
}

function span(from: number, to: number): string {
  return `from ${preciseSeconds(from)} to ${preciseSeconds(to)}`
}

/** What a task printed, quoted: one short line, made safe to show (safe-text.ts). */
function quote(text: string, max = 60): string {
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text
  return `“${labelText(trimmed, max)}”`
}

/** A program-controlled detail (a result's repr, an exception's message, what a task awaits). */
export function detailText(text: string): string {
  return labelText(text, 120)
}

export function describeSegment(lane: TaskLane, segment: LaneSegment): string {
  const who = laneTitle(lane).title
  const at = segment.line !== undefined ? ` at line ${segment.line}` : ''
  const still = segment.unfinished ? ', and is still waiting when the run ends' : ''
  switch (segment.kind) {
    case 'ready':
      return `${who} is created and waits for its first turn, ${span(segment.from, segment.to)}${still}`
    case 'running':
      return segment.to - segment.from < 1e-6 * 1.5
        ? `${who} runs a step at ${preciseSeconds(segment.from)}`
        : `${who} runs without yielding ${span(segment.from, segment.to)} — nothing else can run meanwhile${segment.unfinished ? ', and is still running when the run ends' : ''}`
    case 'waiting':
      return `${who} waits for ${segment.waitingFor ? detailText(segment.waitingFor) : 'something'}${at}, ${span(segment.from, segment.to)}${still}`
  }
}

export function describeMarkers(lane: TaskLane, markers: readonly LaneMarker[]): string {
  const who = laneTitle(lane).title
  const first = markers[0]
  if (!first) return ''
  if (first.kind !== 'output') {
    const detail = first.detail ? `: ${detailText(first.detail)}` : ''
    const verb = { done: 'finishes', cancelled: 'is cancelled', failed: 'fails' }[first.kind]
    const result =
      first.kind === 'done' && first.detail ? `, returning ${detailText(first.detail)}` : ''
    return `${who} ${verb} at ${preciseSeconds(first.t)}${first.kind === 'done' ? result : detail}`
  }
  const outputs = markers.filter((m) => m.kind === 'output')
  const toStderr = outputs.some((m) => m.stream === 'stderr')
  const verb = toStderr ? 'writes to stderr' : 'prints'
  if (outputs.length === 1)
    return `${who} ${verb} ${quote(first.text)} at ${preciseSeconds(first.t)}`
  const last = outputs.at(-1) ?? first
  const shown = outputs
    .slice(0, 3)
    .map((m) => quote(m.text, 30))
    .join(', ')
  const more = outputs.length > 3 ? ', …' : ''
  return `${who} ${verb} ${outputs.length} times ${span(first.t, last.t)}: ${shown}${more}`
}
