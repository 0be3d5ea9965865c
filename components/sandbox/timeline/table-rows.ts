/**
 * The timeline as rows of a table — the accessible alternative to the chart, and a plain record
 * of the run: every task event and every output, in the order they happened.
 */
import type { OutputEvent, TimelineEvent } from '@looplab/runtime'
import { labelText } from '../output/safe-text'
import { detailText, preciseSeconds } from './describe'
import { laneTitle, outsideTasksLane, type TaskLane } from './model'

export type TableRow = { t: number; time: string; task: string; what: string; line?: number }

/** The first line of what was printed, short and safe to show (safe-text.ts). */
function firstLine(text: string): string {
  const end = text.indexOf('\n')
  const line = end === -1 ? text : text.slice(0, end)
  return labelText(line, 80)
}

function describeEvent(event: TimelineEvent, lanes: Map<number, TaskLane>): string {
  switch (event.kind) {
    case 'created': {
      const parent = event.parent != null ? lanes.get(event.parent) : undefined
      return parent ? `created by ${laneTitle(parent).title}` : 'created'
    }
    case 'running':
      return 'runs'
    case 'waiting':
      return `waits for ${event.waitingFor ? detailText(event.waitingFor) : 'something'}`
    case 'done':
      return event.detail ? `finishes, returning ${detailText(event.detail)}` : 'finishes'
    case 'cancelled':
      return 'is cancelled'
    case 'failed':
      return `fails: ${event.detail ? detailText(event.detail) : 'an exception'}`
  }
}

const stepEnds = new Set<TimelineEvent['kind']>(['waiting', 'done', 'cancelled', 'failed'])

export function tableRows(
  timeline: readonly TimelineEvent[],
  events: readonly OutputEvent[],
  lanes: readonly TaskLane[],
): TableRow[] {
  const byId = new Map(lanes.map((lane) => [lane.id, lane]))
  const taskName = (id: number) => {
    const lane = byId.get(id)
    if (!lane) return `Task-${id}`
    const { title, subtitle } = laneTitle(lane)
    return `${title} (${subtitle})`
  }
  const rows: TableRow[] = []
  const fromEvent = (event: TimelineEvent): TableRow => {
    const row: TableRow = {
      t: event.t,
      time: preciseSeconds(event.t),
      task: taskName(event.task),
      what: describeEvent(event, byId),
    }
    if (event.line !== undefined) row.line = event.line
    return row
  }
  const fromOutput = (event: OutputEvent): TableRow => ({
    t: event.t,
    time: preciseSeconds(event.t),
    task: taskName(event.task ?? outsideTasksLane),
    what: `${event.stream === 'stderr' ? 'writes to stderr' : 'prints'} “${firstLine(event.text)}”`,
  })
  // Both lists are already in order: merge them. At equal times, a print comes before the end of
  // the step that printed it (its task's next waiting/done/failed), after anything else.
  let i = 0
  let j = 0
  while (i < timeline.length || j < events.length) {
    const step = timeline[i]
    const output = events[j]
    const outputFirst =
      output !== undefined &&
      (step === undefined ||
        output.t < step.t ||
        (output.t === step.t && stepEnds.has(step.kind) && step.task === (output.task ?? -1)))
    if (outputFirst) {
      rows.push(fromOutput(output))
      j++
    } else if (step) {
      rows.push(fromEvent(step))
      i++
    }
  }
  return rows
}
