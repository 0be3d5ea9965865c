import type { OutputEvent } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import { consoleLines, consoleWindow, moreHeadLines, withoutNote } from './console-lines'

const out = (t: number, text: string, task?: number): OutputEvent =>
  task === undefined ? { t, stream: 'stdout', text } : { t, stream: 'stdout', text, task }
const err = (t: number, text: string): OutputEvent => ({ t, stream: 'stderr', text })

describe('consoleLines', () => {
  it('gives each printed line its own timestamp and task', () => {
    expect(consoleLines([out(0, 'start a\n', 2), out(1.5, 'done a\n', 2)])).toEqual([
      { t: 0, stream: 'stdout', text: 'start a', task: 2 },
      { t: 1.5, stream: 'stdout', text: 'done a', task: 2 },
    ])
  })

  it('joins chunks of one line and keeps the time of the first chunk', () => {
    expect(consoleLines([out(0, 'a'), out(1, 'b'), out(2, 'c\nd\n')])).toEqual([
      { t: 0, stream: 'stdout', text: 'abc' },
      { t: 2, stream: 'stdout', text: 'd' },
    ])
  })

  it('splits an event holding several lines', () => {
    const lines = consoleLines([err(3, 'Traceback:\n  File "main.py", line 1\nValueError\n')])
    expect(lines.map((l) => l.text)).toEqual([
      'Traceback:',
      '  File "main.py", line 1',
      'ValueError',
    ])
    expect(lines.every((l) => l.stream === 'stderr' && l.t === 3)).toBe(true)
  })

  it('starts a new line when the other stream writes mid-line', () => {
    expect(consoleLines([out(0, 'half'), err(0, 'oops\n'), out(1, ' more\n')])).toEqual([
      { t: 0, stream: 'stdout', text: 'half' },
      { t: 0, stream: 'stderr', text: 'oops' },
      { t: 1, stream: 'stdout', text: ' more' },
    ])
  })

  it('keeps blank lines the program printed', () => {
    expect(consoleLines([out(0, 'a\n\nb\n')]).map((l) => l.text)).toEqual(['a', '', 'b'])
  })

  it('keeps a final line without a newline', () => {
    expect(consoleLines([out(0, 'no newline')])).toEqual([
      { t: 0, stream: 'stdout', text: 'no newline' },
    ])
  })
})

describe('withoutNote', () => {
  const note = 'LoopLab: deadlock. Stuck:\n  - Task-1 waits'
  it('removes the note from the end of stderr', () => {
    const lines = consoleLines([out(0, 'waiting\n'), err(0, `${note}\n`)])
    expect(withoutNote(lines, note)).toEqual([{ t: 0, stream: 'stdout', text: 'waiting' }])
  })
  it('leaves the console alone when the note is not all there', () => {
    const lines = consoleLines([err(0, '  - Task-1 waits\n')])
    expect(withoutNote(lines, note)).toEqual(lines)
  })
  it('does nothing without a note', () => {
    const lines = consoleLines([out(0, 'x\n')])
    expect(withoutNote(lines, null)).toEqual(lines)
  })
})

describe('consoleWindow', () => {
  it('shows a short output whole', () => {
    expect(consoleWindow(0)).toEqual({ headEnd: 0, tailStart: 0, hidden: 0 })
    expect(consoleWindow(1200)).toEqual({ headEnd: 1200, tailStart: 1200, hidden: 0 })
  })
  it('keeps the start and the end of a huge output, and counts what is between', () => {
    expect(consoleWindow(100_000)).toEqual({ headEnd: 1000, tailStart: 99_800, hidden: 98_800 })
    expect(consoleWindow(100_000, 3000)).toEqual({
      headEnd: 3000,
      tailStart: 99_800,
      hidden: 96_800,
    })
  })
  it('shows everything once the head reaches the tail', () => {
    expect(consoleWindow(5000, 4800)).toEqual({ headEnd: 5000, tailStart: 5000, hidden: 0 })
  })
  it('adds lines in bounded steps', () => {
    expect(moreHeadLines(1000)).toBe(1000)
    expect(moreHeadLines(3000)).toBe(3000)
    expect(moreHeadLines(40_000)).toBe(5000)
  })
})
