import { describe, expect, it } from 'vitest'
import type { CliIo } from '../io'
import { notYetImplemented } from './not-yet'

describe('notYetImplemented', () => {
  it('says so on stderr and exits 2, whatever the arguments', async () => {
    const errors: string[] = []
    const io: CliIo = {
      out: () => expect.unreachable('nothing on stdout'),
      err: (text) => void errors.push(text),
      readStdin: async () => '',
      onInterrupt: () => () => undefined,
    }
    const command = notYetImplemented('grade', 'grade EXERCISE FILE', 'Grade a submission')
    expect(await command.run(['x', 'y.py'], io)).toBe(2)
    expect(errors.join('')).toBe(
      'looplab grade: not implemented yet (grade a submission comes with a later issue)\n',
    )
  })
})
