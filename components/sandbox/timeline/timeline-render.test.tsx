import type { RunResult } from '@looplab/runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, it } from 'vitest'
import { layoutTimeline } from './layout'
import { buildTimeline } from './model'
import { TimelineChart } from './timeline-chart'
import { TimelineTable } from './timeline-table'

const hostile = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe\x1b[2J'
const run: Pick<RunResult, 'timeline' | 'events' | 'virtualSeconds'> = {
  virtualSeconds: 1,
  timeline: [
    { t: 0, task: 1, kind: 'created', name: hostile, coro: 'main' },
    { t: 0, task: 1, kind: 'running' },
    { t: 0, task: 1, kind: 'waiting', waitingFor: hostile },
    { t: 1, task: 1, kind: 'running' },
    { t: 1, task: 1, kind: 'failed', detail: `ValueError: ${hostile}` },
  ],
  events: [{ t: 0, stream: 'stdout', text: `${hostile}\n`, task: 1 }],
}

it('the chart and the table draw program-controlled names as text, markers visible', () => {
  const model = buildTimeline(run)
  const html = renderToStaticMarkup(
    <>
      <TimelineChart layout={layoutTimeline(model, 2000, 'time')} label="chart" />
      <TimelineTable timeline={run.timeline} events={run.events} lanes={model.lanes} />
    </>,
  )
  const own = ['div', 'svg', 'defs', 'pattern', 'rect', 'line', 'g', 'text', 'title', 'path', 'p']
  const table = ['table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'circle']
  for (const [, name = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect([...own, ...table].includes(name), `<${name}>`).toBe(true)
    // Values are escaped (a quote is &quot;): every name="…" pair is one attribute of React's
    // (the chart's own `style`s paint with CSS variables).
    const names = [...attributes.matchAll(/\s([\w:-]+)(?:="[^"]*")?/g)].map((m) => m[1])
    expect(names.filter((attr) => /^(on|href$|src$)/i.test(attr ?? ''))).toEqual([])
  }
  expect(html).not.toMatch(/[\x1b\u202E]/)
  expect(html).toContain(
    '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;⟨U+202E⟩gnp.exe␛[2J',
  )
  // The lane title, its <title>, the wait's label and description, the print, the failure, the table.
  expect(html.match(/⟨U\+202E⟩/g)!.length).toBeGreaterThanOrEqual(8)
})
