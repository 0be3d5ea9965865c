import { describe, expect, it } from 'vitest'
import { raisedException } from './raised-exception'

const lines = (...text: string[]) => `${text.join('\n')}\n`

describe('raisedException', () => {
  it('reads the exception line of a traceback', () => {
    const stderr = lines(
      'Traceback (most recent call last):',
      '  File "main.py", line 1, in <module>',
      '    raise ValueError("boom")',
      'ValueError: boom',
    )
    expect(raisedException(stderr)).toBe('ValueError: boom')
  })

  it('ignores warnings Python prints after the traceback', () => {
    const stderr = lines(
      'Traceback (most recent call last):',
      '  File "main.py", line 9, in <module>',
      'RuntimeError: no running event loop',
      "sys:1: RuntimeWarning: coroutine 'ring_bell' was never awaited",
    )
    expect(raisedException(stderr)).toBe('RuntimeError: no running event loop')
    expect(raisedException(stderr.replace('sys:1', '<sys>:0'))).toBe(
      'RuntimeError: no running event loop',
    )
  })

  it('takes the last traceback of a chain: the exception that ended the program', () => {
    const stderr = lines(
      'Traceback (most recent call last):',
      '  File "main.py", line 2, in <module>',
      "KeyError: 'x'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "main.py", line 4, in <module>',
      'RuntimeError: while handling',
    )
    expect(raisedException(stderr)).toBe('RuntimeError: while handling')
  })

  it('takes the first line of a multi-line message', () => {
    const stderr = lines(
      'Traceback (most recent call last):',
      '  File "m.py"',
      'ValueError: one',
      'two',
    )
    expect(raisedException(stderr)).toBe('ValueError: one')
  })

  it('reads the group, not a sub-exception, from an exception group', () => {
    const stderr = lines(
      '  + Exception Group Traceback (most recent call last):',
      '  |   File "main.py", line 7, in <module>',
      '  |     asyncio.run(main())',
      '  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
      '  +-+---------------- 1 ----------------',
      '    | Traceback (most recent call last):',
      '    |   File "main.py", line 3, in boom',
      '    | ValueError: boom',
      '    +------------------------------------',
    )
    expect(raisedException(stderr)).toBe(
      'ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
    )
  })

  it('reads errors printed without a traceback header', () => {
    const syntax = lines(
      '  File "main.py", line 1',
      '    await x',
      '    ^^^^^^^',
      "SyntaxError: 'await' outside function",
    )
    expect(raisedException(syntax)).toBe("SyntaxError: 'await' outside function")
    expect(raisedException(lines('some log line', 'bye now'))).toBe('bye now')
  })

  it('is null when stderr holds no exception', () => {
    expect(raisedException('')).toBeNull()
    expect(
      raisedException(lines("sys:1: RuntimeWarning: coroutine 'f' was never awaited")),
    ).toBeNull()
  })
})
