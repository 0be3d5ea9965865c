import { describe, expect, it } from 'vitest'
import { lineLinks } from './line-links'

describe('lineLinks', () => {
  it('links a traceback frame in the learner’s file', () => {
    expect(lineLinks('  File "main.py", line 12, in main')).toEqual([
      { text: '  ' },
      { text: 'File "main.py", line 12', line: 12 },
      { text: ', in main' },
    ])
  })

  it('leaves frames of other files as text', () => {
    const frame = '  File "/lib/python314.zip/asyncio/runners.py", line 204, in run'
    expect(lineLinks(frame)).toEqual([{ text: frame }])
  })

  it('links a SyntaxError location (no function name)', () => {
    expect(lineLinks('  File "main.py", line 3')).toEqual([
      { text: '  ' },
      { text: 'File "main.py", line 3', line: 3 },
    ])
  })

  it('links a warning’s file:line', () => {
    expect(lineLinks("main.py:5: RuntimeWarning: coroutine 'f' was never awaited")).toEqual([
      { text: 'main.py:5', line: 5 },
      { text: ": RuntimeWarning: coroutine 'f' was never awaited" },
    ])
  })

  it('does not mistake another file ending in main.py for the learner’s', () => {
    const warning = '/lib/notmain.py:5: DeprecationWarning: x'
    expect(lineLinks(warning)).toEqual([{ text: warning }])
  })

  it('links the runtime’s "at line N of main.py"', () => {
    expect(lineLinks('  - Task-1 (main()) waits for Queue.get() at line 6 of main.py')).toEqual([
      { text: '  - Task-1 (main()) waits for Queue.get() at ' },
      { text: 'line 6 of main.py', line: 6 },
    ])
  })

  it('finds several links in one text', () => {
    const links = lineLinks('File "main.py", line 1\nFile "main.py", line 22\n').filter(
      (s) => s.line,
    )
    expect(links.map((s) => s.line)).toEqual([1, 22])
  })

  it('returns one empty segment for empty text', () => {
    expect(lineLinks('')).toEqual([{ text: '' }])
  })

  it('respects another entry file name', () => {
    expect(lineLinks('File "solution.py", line 4', 'solution.py')[0]).toEqual({
      text: 'File "solution.py", line 4',
      line: 4,
    })
  })
})
