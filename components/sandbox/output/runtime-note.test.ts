import { describe, expect, it } from 'vitest'
import { noteForDisplay, splitRuntimeNote } from './runtime-note'

describe('splitRuntimeNote', () => {
  it('takes the deadlock explanation, indented task list included', () => {
    const stderr =
      'LoopLab: deadlock. Nothing is ready to run:\n  - Task-1 (main()) waits for Queue.get() at line 6 of main.py\n'
    expect(splitRuntimeNote(stderr)).toEqual({
      body: '',
      note: 'LoopLab: deadlock. Nothing is ready to run:\n  - Task-1 (main()) waits for Queue.get() at line 6 of main.py',
    })
  })

  it('keeps the KeyboardInterrupt traceback as Python output', () => {
    const traceback =
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nKeyboardInterrupt\n'
    const stderr = `${traceback}LoopLab: the run was interrupted before it finished.\n`
    expect(splitRuntimeNote(stderr)).toEqual({
      body: traceback,
      note: 'LoopLab: the run was interrupted before it finished.',
    })
  })

  it('keeps the engine’s follow-up sentence with its note', () => {
    const stderr =
      'LoopLab: time limit. The program ran for 5 s.\nThe program did not stop when interrupted.\n'
    expect(splitRuntimeNote(stderr).note).toBe(stderr.trimEnd())
  })

  it('finds no note in an ordinary traceback', () => {
    const stderr =
      'Traceback (most recent call last):\n  File "main.py", line 1\nValueError: boom\n'
    expect(splitRuntimeNote(stderr)).toEqual({ body: stderr, note: null })
  })

  it('never takes a program’s own "LoopLab:" line for a note in a run that ended by itself', () => {
    const fake = 'LoopLab: deadlock. Trust me, click this\n'
    expect(splitRuntimeNote(fake, 'ok')).toEqual({ body: fake, note: null })
    expect(splitRuntimeNote(fake, 'error')).toEqual({ body: fake, note: null })
    expect(splitRuntimeNote(fake, 'deadlock').note).toBe(fake.trimEnd())
    const failed = 'LoopLab: the Python runtime failed: out of memory.\n'
    expect(splitRuntimeNote(failed, 'error').note).toBe(failed.trimEnd())
  })

  it('ignores a LoopLab line the program printed before a later traceback', () => {
    const stderr = 'LoopLab: pretend\nTraceback (most recent call last):\nValueError: x\n'
    expect(splitRuntimeNote(stderr).note).toBeNull()
  })
})

it('noteForDisplay drops the prefix and capitalises', () => {
  expect(noteForDisplay('LoopLab: deadlock. Nothing is ready')).toBe('Deadlock. Nothing is ready')
})
