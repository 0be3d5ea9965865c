import { expect, it } from 'vitest'
import { editorFlags } from './editor-flags'

const stderr = `Traceback (most recent call last):
  File "main.py", line 34, in <module>
    asyncio.run(main())
  File "/lib/python314.zip/asyncio/runners.py", line 204, in run
  File "main.py", line 18, in boom
    raise ValueError("boom")
ValueError: boom
`

it('flags the innermost frame of the learner’s file with the exception', () => {
  expect(editorFlags({ status: 'error', stderr, diagnostics: [] })).toEqual([
    { line: 18, kind: 'error', message: 'ValueError: boom' },
  ])
})

it('flags diagnostics as warnings, once per line', () => {
  const diagnostics = [
    { code: 'blocking-call', message: 'time.sleep blocked the loop', line: 4 },
    { code: 'x', message: 'same line as the error', line: 18 },
    { code: 'no-line', message: 'nowhere' },
  ]
  expect(editorFlags({ status: 'error', stderr, diagnostics })).toEqual([
    { line: 18, kind: 'error', message: 'ValueError: boom' },
    { line: 4, kind: 'warning', message: 'time.sleep blocked the loop' },
  ])
})

it('flags nothing for a clean run', () => {
  expect(editorFlags({ status: 'ok', stderr: '', diagnostics: [] })).toEqual([])
})
