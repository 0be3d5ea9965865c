import type { RunResult } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import { describeMarkers } from './describe'
import { layoutTimeline } from './layout'
import { buildTimeline, laneTitle } from './model'
import { tableRows } from './table-rows'

/** A run whose task name, coroutine name, wait, result and print all try something. */
const name = '<img src=x onerror=alert(1)>\u202Etxt.exe\x1b[31m'
const run: Pick<RunResult, 'timeline' | 'events' | 'virtualSeconds'> = {
  virtualSeconds: 1,
  timeline: [
    { t: 0, task: 1, kind: 'created', name, coro: `co\u2066ro${'q'.repeat(1_000_000)}` },
    { t: 0, task: 1, kind: 'running' },
    { t: 0, task: 1, kind: 'waiting', waitingFor: `sleep(1)\u202E${'w'.repeat(10_000)}` },
    { t: 1, task: 1, kind: 'running' },
    { t: 1, task: 1, kind: 'done', detail: `'\u200Bsecret\r\x1b]8;;javascript:alert(1)\x07'` },
  ],
  events: [
    { t: 0, stream: 'stdout', text: `<script>x</script>\u2067${'p'.repeat(1_000_000)}\n`, task: 1 },
  ],
}

const controls = /[\x00-\x08\x0B-\x1F\x7F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/

describe('timeline labels from program-controlled names and text', () => {
  const model = buildTimeline(run)
  const lane = model.lanes[0]!

  it('titles: safe, short, markers visible', () => {
    const { title, subtitle } = laneTitle(lane)
    expect(title).toBe('<img src=x onerror=alert(1)>⟨U+202E⟩txt.exe␛[31m')
    expect(subtitle.startsWith('co⟨U+2066⟩roqqq')).toBe(true)
    expect(subtitle.length).toBeLessThan(100)
    expect(subtitle.endsWith('…()')).toBe(true)
  })

  it('tooltips, accessible names and bar labels', () => {
    const layout = layoutTimeline(model, 900, 'time')
    for (const item of layout.items) {
      expect(item.description).not.toMatch(controls)
      expect(item.description.length).toBeLessThan(400)
      if (item.label) expect(item.label).not.toMatch(controls)
    }
    for (const chartLane of layout.lanes) {
      expect(chartLane.title).not.toMatch(controls)
      expect(chartLane.subtitle).not.toMatch(controls)
    }
    const printed = describeMarkers(
      lane,
      lane.markers.filter((m) => m.kind === 'output'),
    )
    expect(printed).toContain('“<script>x</script>⟨U+2067⟩ppp')
    const done = describeMarkers(
      lane,
      lane.markers.filter((m) => m.kind === 'done'),
    )
    expect(done).toContain("returning '⟨U+200B⟩secret␍␛]8;;javascript:alert(1)␇'")
  })

  it('table rows', () => {
    const rows = tableRows(run.timeline, run.events, model.lanes)
    for (const row of rows) {
      expect(row.task).not.toMatch(controls)
      expect(row.what).not.toMatch(controls)
      expect(row.task.length + row.what.length).toBeLessThan(400)
    }
    expect(rows.map((row) => row.what)).toContain(`waits for sleep(1)⟨U+202E⟩${'w'.repeat(110)}…`)
  })
})
