/**
 * The event-loop timeline as data: one lane per task (plus one for output printed outside any
 * task), each a sequence of segments — ready (created, not yet started), running (a step of the
 * coroutine), waiting (suspended on something, named) — with markers for what it printed and how
 * it ended. Built from the runtime's TimelineEvents and output events; no geometry here.
 */
import type { OutputEvent, RunResult, TimelineEvent } from '@looplab/runtime'
import { labelText } from '../output/safe-text'

export type SegmentKind = 'ready' | 'running' | 'waiting'

export type LaneSegment = {
  kind: SegmentKind
  from: number
  to: number
  /** What the task awaits, in words ("sleep(1)", "Task-3", "Queue.get()"). */
  waitingFor?: string
  /** Line of the learner's code where it awaits. */
  line?: number
  /** The run ended with the task still in this state (a deadlock, a limit, an interrupt). */
  unfinished?: boolean
}

export type Outcome = 'done' | 'cancelled' | 'failed'

export type LaneMarker =
  | { kind: 'output'; t: number; stream: OutputEvent['stream']; text: string }
  | { kind: Outcome; t: number; detail?: string }

export type TaskLane = {
  /** N of Task-N; 0 for the lane of output printed outside any task. */
  id: number
  /** Task name: "Task-2", or the name the program gave it. */
  name: string
  /** Coroutine qualname, without parentheses. */
  coro?: string
  parent: number | null
  createdAt: number
  /** Line where the task was created. */
  line?: number
  segments: LaneSegment[]
  markers: LaneMarker[]
  outcome: Outcome | 'unfinished'
  outcomeDetail?: string
}

export type TimelineModel = {
  lanes: TaskLane[]
  /** Virtual seconds the chart spans: the end of the run. */
  end: number
}

type TimelineInput = Pick<RunResult, 'timeline' | 'events' | 'virtualSeconds'>

export const outsideTasksLane = 0

function newLane(id: number, t: number): TaskLane {
  return {
    id,
    name: `Task-${id}`,
    parent: null,
    createdAt: t,
    segments: [],
    markers: [],
    outcome: 'unfinished',
  }
}

type Open = { lane: TaskLane; segment: LaneSegment | null }

export function buildTimeline(run: TimelineInput): TimelineModel {
  // A loop, not Math.max(...spread): a spread of every event throws past ~150k arguments.
  let lastTime = 0
  for (const event of run.timeline) if (event.t > lastTime) lastTime = event.t
  for (const event of run.events) if (event.t > lastTime) lastTime = event.t
  const end = Math.max(run.virtualSeconds, lastTime)
  const open = new Map<number, Open>()

  const laneOf = (event: TimelineEvent): Open => {
    let entry = open.get(event.task)
    if (!entry) {
      entry = { lane: newLane(event.task, event.t), segment: null }
      open.set(event.task, entry)
    }
    return entry
  }
  const close = (entry: Open, t: number) => {
    const segment = entry.segment
    entry.segment = null
    if (!segment) return
    segment.to = Math.max(segment.from, t)
    // A task that starts the moment it is created never sat ready: nothing to draw.
    if (segment.kind === 'ready' && segment.to === segment.from) return
    entry.lane.segments.push(segment)
  }

  for (const event of run.timeline) {
    const entry = laneOf(event)
    const { lane } = entry
    switch (event.kind) {
      case 'created':
        lane.createdAt = event.t
        if (event.name) lane.name = event.name
        if (event.coro) lane.coro = event.coro
        lane.parent = event.parent ?? null
        if (event.line !== undefined) lane.line = event.line
        entry.segment = { kind: 'ready', from: event.t, to: event.t }
        break
      case 'running':
        close(entry, event.t)
        if (event.name) lane.name = event.name
        entry.segment = { kind: 'running', from: event.t, to: event.t }
        break
      case 'waiting': {
        close(entry, event.t)
        const segment: LaneSegment = { kind: 'waiting', from: event.t, to: event.t }
        if (event.waitingFor) segment.waitingFor = event.waitingFor
        if (event.line !== undefined) segment.line = event.line
        entry.segment = segment
        break
      }
      case 'done':
      case 'cancelled':
      case 'failed':
        close(entry, event.t)
        lane.outcome = event.kind
        if (event.detail) lane.outcomeDetail = event.detail
        lane.markers.push(
          event.detail
            ? { kind: event.kind, t: event.t, detail: event.detail }
            : { kind: event.kind, t: event.t },
        )
        break
    }
  }
  for (const entry of open.values()) {
    const segment = entry.segment
    if (segment) {
      segment.unfinished = true
      close(entry, end)
    }
  }

  const lanes = [...open.values()].map((entry) => entry.lane)
  for (const event of run.events) {
    const marker: LaneMarker = {
      kind: 'output',
      t: event.t,
      stream: event.stream,
      text: event.text,
    }
    const id = event.task ?? outsideTasksLane
    let lane = lanes.find((candidate) => candidate.id === id)
    if (!lane) {
      lane = newLane(id, 0)
      if (id === outsideTasksLane) lane.name = 'outside tasks'
      lanes.push(lane)
    }
    lane.markers.push(marker)
  }
  for (const lane of lanes) lane.markers.sort((a, b) => a.t - b.t)
  lanes.sort((a, b) => a.id - b.id)
  return { lanes, end }
}

/** Characters of a task's name or coroutine name shown at most (the program sets both). */
export const maxNameChars = 80

/**
 * The lane's title and subtitle: `main()` · Task-1, or `ticker` · ticker() for a named task. Both
 * are the program's words, made safe for display (safe-text.ts: one short line, controls and
 * bidi characters as visible markers) here, where every label, tooltip and table row gets them.
 */
export function laneTitle(lane: TaskLane): { title: string; subtitle: string } {
  if (lane.id === outsideTasksLane)
    return { title: 'outside tasks', subtitle: 'callbacks, top level' }
  const coro = lane.coro ? `${labelText(lane.coro, maxNameChars)}()` : ''
  const name = labelText(lane.name, maxNameChars)
  const named = lane.name !== `Task-${lane.id}`
  if (named) return { title: name, subtitle: coro || `Task-${lane.id}` }
  return { title: coro || name, subtitle: name }
}
