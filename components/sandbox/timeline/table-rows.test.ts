import type { RunResult } from '@looplab/runtime'
import { expect, it } from 'vitest'
import gatherThree from './fixtures/gather-three.json'
import { buildTimeline } from './model'
import { tableRows } from './table-rows'

it('lists task events and prints in the order they happened, in words', () => {
  const run = gatherThree as RunResult
  const rows = tableRows(run.timeline, run.events, buildTimeline(run).lanes)
  expect(rows).toHaveLength(run.timeline.length + run.events.length)
  expect(rows.slice(0, 3)).toEqual([
    { t: 0, time: '0 s', task: 'main() (Task-1)', what: 'created', line: 13 },
    { t: 0.000001, time: '0.000001 s', task: 'main() (Task-1)', what: 'runs' },
    {
      t: 0.000001,
      time: '0.000001 s',
      task: 'fetch() (Task-2)',
      what: 'created by main()',
      line: 10,
    },
  ])
  expect(rows.map((row) => row.what)).toContain('prints “start a”')
  expect(rows.map((row) => row.what)).toContain('waits for gather(3)')
  expect(rows.slice(-2).map((row) => row.what)).toEqual([
    "prints “['a', 'b', 'c']”",
    'finishes, returning None',
  ])
  const times = rows.map((row) => row.t)
  expect(times).toEqual([...times].sort((a, b) => a - b))
})
