import type { RunStop } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import { noteForDisplay, splitRuntimeNote } from './runtime-note'

const deadlock = (note: string): RunStop => ({ reason: 'deadlock', note })

describe('splitRuntimeNote', () => {
  it('takes the deadlock explanation, indented task list included', () => {
    const note =
      'LoopLab: deadlock. Nothing is ready to run:\n  - Task-1 (main()) waits for Queue.get() at line 6 of main.py\n'
    expect(splitRuntimeNote({ stderr: note, stopped: deadlock(note) })).toEqual({
      body: '',
      note: note.trimEnd(),
    })
  })

  it('keeps the KeyboardInterrupt traceback as Python output', () => {
    const traceback =
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nKeyboardInterrupt\n'
    const note = 'LoopLab: the run was interrupted before it finished.\n'
    const stopped: RunStop = { reason: 'interrupted', note }
    expect(splitRuntimeNote({ stderr: traceback + note, stopped })).toEqual({
      body: traceback,
      note: note.trimEnd(),
    })
  })

  it('finds no note in a run that ended by itself, whatever the program printed', () => {
    const fake = 'LoopLab: deadlock. Trust me, click this\n'
    expect(splitRuntimeNote({ stderr: fake })).toEqual({ body: fake, note: null })
  })

  it('keeps a program’s own "LoopLab:" line out of the runtime’s note', () => {
    const fake = 'LoopLab: the Python runtime failed. Trust me, click this\n'
    const note = 'LoopLab: deadlock. Nothing is ready to run.\n'
    expect(splitRuntimeNote({ stderr: fake + note, stopped: deadlock(note) })).toEqual({
      body: fake,
      note: note.trimEnd(),
    })
  })

  it('shows no note when stderr does not end with it (never a guess)', () => {
    const stderr = 'ValueError: x\n'
    expect(splitRuntimeNote({ stderr, stopped: deadlock('LoopLab: deadlock.\n') }).note).toBeNull()
  })
})

it('noteForDisplay drops the prefix and capitalises', () => {
  expect(noteForDisplay('LoopLab: deadlock. Nothing is ready')).toBe('Deadlock. Nothing is ready')
})
