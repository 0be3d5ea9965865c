/**
 * Geometry of the timeline chart: where each lane, bar, marker and tick goes for a given width
 * and scale mode. Pure, so the rules (minimum widths, clustering of close prints, which bars have
 * room for their label) are unit-tested; the SVG component only draws what this returns.
 */
import { describeMarkers, describeSegment, detailText } from './describe'
import {
  laneTitle,
  type LaneMarker,
  type LaneSegment,
  type TaskLane,
  type TimelineModel,
} from './model'
import { stepScale, timeScale, type AxisTick, type ScaleMode } from './scale'
import { formatVirtualSeconds } from '../output/format-time'

export const laneHeight = 34
export const barHeight = 16
export const axisHeight = 26
export const topPadding = 8
const rightPadding = 22
/** A step of microseconds must still be visible and hoverable. */
const minRunningWidth = 3
const minWaitingWidth = 2
/** Prints closer than this (px) share one marker. */
const clusterGap = 9
const labelCharWidth = 6.6

export type ChartItemKind = LaneSegment['kind'] | LaneMarker['kind']

export type ChartItem = {
  key: string
  laneIndex: number
  kind: ChartItemKind
  x: number
  /** Segments only: drawn width (at least the minimum for its kind). */
  width: number
  /** Text drawn inside a waiting bar, when it fits. */
  label?: string
  /** How many markers this one stands for (prints close together share one). */
  count: number
  /** stderr output (drawn in the error colour). */
  stderr?: boolean
  unfinished?: boolean
  line?: number
  /** The tooltip and accessible name. */
  description: string
}

export type ChartLane = { lane: TaskLane; y: number; title: string; subtitle: string }

export type ChartLayout = {
  width: number
  height: number
  plot: { x0: number; x1: number; top: number; bottom: number }
  labelWidth: number
  lanes: ChartLane[]
  items: ChartItem[]
  ticks: AxisTick[]
  x(t: number): number
}

function allTimes(model: TimelineModel): number[] {
  return model.lanes.flatMap((lane) => [
    lane.createdAt,
    ...lane.segments.flatMap((segment) => [segment.from, segment.to]),
    ...lane.markers.map((marker) => marker.t),
  ])
}

function segmentItem(
  lane: TaskLane,
  laneIndex: number,
  segment: LaneSegment,
  index: number,
  x: (t: number) => number,
): ChartItem {
  const left = x(segment.from)
  const minimum = segment.kind === 'running' ? minRunningWidth : minWaitingWidth
  const width = Math.max(minimum, x(segment.to) - left)
  const item: ChartItem = {
    key: `${lane.id}:s${index}`,
    laneIndex,
    kind: segment.kind,
    x: left,
    width,
    count: 1,
    description: describeSegment(lane, segment),
  }
  if (segment.unfinished) item.unfinished = true
  if (segment.line !== undefined) item.line = segment.line
  // What it awaits is the program's words (a task's name): safe, short, then only if it fits.
  const text = segment.waitingFor ? detailText(segment.waitingFor) : undefined
  if (segment.kind === 'waiting' && text && text.length * labelCharWidth + 10 <= width) {
    item.label = text
  }
  return item
}

/** Groups markers of one kind that would overlap on screen into one item each. */
function markerItems(lane: TaskLane, laneIndex: number, x: (t: number) => number): ChartItem[] {
  const items: ChartItem[] = []
  let group: LaneMarker[] = []
  let groupX = 0
  const flush = () => {
    const first = group[0]
    if (!first) return
    const item: ChartItem = {
      key: `${lane.id}:m${items.length}`,
      laneIndex,
      kind: first.kind,
      x: groupX,
      width: 0,
      count: group.length,
      description: describeMarkers(lane, group),
    }
    if (group.some((m) => m.kind === 'output' && m.stream === 'stderr')) item.stderr = true
    items.push(item)
    group = []
  }
  for (const marker of lane.markers) {
    const at = x(marker.t)
    const sameKind = group[0]?.kind === 'output' && marker.kind === 'output'
    if (group.length > 0 && !(sameKind && at - groupX < clusterGap)) flush()
    if (group.length === 0) groupX = at
    group.push(marker)
  }
  flush()
  return items
}

export function layoutTimeline(model: TimelineModel, width: number, mode: ScaleMode): ChartLayout {
  const labelWidth = Math.round(Math.min(170, Math.max(96, width * 0.26)))
  const x0 = labelWidth + 12
  const x1 = Math.max(x0 + 40, width - rightPadding)
  const scale =
    mode === 'time'
      ? timeScale(model.end, x0, x1)
      : stepScale(allTimes(model), model.end, x0, x1, formatVirtualSeconds)
  const lanes: ChartLane[] = model.lanes.map((lane, index) => ({
    lane,
    y: topPadding + index * laneHeight,
    ...laneTitle(lane),
  }))
  const items = model.lanes.flatMap((lane, laneIndex) => [
    ...lane.segments.map((segment, index) => segmentItem(lane, laneIndex, segment, index, scale.x)),
    ...markerItems(lane, laneIndex, scale.x),
  ])
  const bottom = topPadding + model.lanes.length * laneHeight
  return {
    width,
    height: bottom + axisHeight,
    plot: { x0, x1, top: topPadding, bottom },
    labelWidth,
    lanes,
    items,
    ticks: scale.ticks,
    x: scale.x,
  }
}

/**
 * Keyboard order: lane by lane, left to right. Up/Down go to the item of the neighbouring lane
 * nearest in x; Left/Right along the lane; Home/End to its ends.
 */
export function neighbour(
  items: readonly ChartItem[],
  current: number,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End',
): number {
  const item = items[current]
  if (!item) return 0
  const inLane = (lane: number) =>
    items
      .map((candidate, index) => ({ candidate, index }))
      .filter(({ candidate }) => candidate.laneIndex === lane)
      .sort((a, b) => a.candidate.x - b.candidate.x || a.index - b.index)
  const lane = inLane(item.laneIndex)
  const position = lane.findIndex(({ index }) => index === current)
  switch (key) {
    case 'ArrowLeft':
      return lane[Math.max(0, position - 1)]?.index ?? current
    case 'ArrowRight':
      return lane[Math.min(lane.length - 1, position + 1)]?.index ?? current
    case 'Home':
      return lane[0]?.index ?? current
    case 'End':
      return lane.at(-1)?.index ?? current
    case 'ArrowUp':
    case 'ArrowDown': {
      const laneIndexes = [...new Set(items.map((candidate) => candidate.laneIndex))].sort(
        (a, b) => a - b,
      )
      const next = laneIndexes[laneIndexes.indexOf(item.laneIndex) + (key === 'ArrowUp' ? -1 : 1)]
      if (next === undefined) return current
      const center = item.x + item.width / 2
      const nearest = inLane(next).reduce<{ index: number; distance: number } | null>(
        (best, { candidate, index }) => {
          const distance = Math.abs(candidate.x + candidate.width / 2 - center)
          return !best || distance < best.distance ? { index, distance } : best
        },
        null,
      )
      return nearest?.index ?? current
    }
  }
}
