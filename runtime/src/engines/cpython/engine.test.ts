/**
 * The cpython engine's process handling: SIGINT for Stop and the wall-clock limit, SIGKILL when the
 * program swallows KeyboardInterrupt, and a clear error when there is no usable python3.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readProgram } from '../../testing/test-programs'
import { RunResultSchema } from '../../types'
import { createCpythonEngine, type CpythonEngine } from './engine'

let engine: CpythonEngine
const busy = { 'main.py': readProgram('hangs', 'busy-loop.py') }

beforeAll(async () => {
  engine = await createCpythonEngine({ graceMs: 300 })
})

describe('cpython engine', () => {
  it('interrupts a busy program on Stop, keeping its output and traceback', async () => {
    const running = engine.run(busy)
    setTimeout(() => engine.interrupt(), 1500) // after python3 has started
    const result = RunResultSchema.parse(await running)
    expect(result.status).toBe('interrupted')
    expect(result.exitCode).toBe(130)
    expect(result.stdout).toBe('spinning\n')
    expect(result.stderr).toContain('KeyboardInterrupt')
  })

  it('reports the wall-clock limit as time-limit', async () => {
    const result = await engine.run(busy, { limits: { wallMs: 200 } })
    expect(result.status).toBe('time-limit')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('wall-clock limit')
  })

  it('kills a program that swallows the interrupt', async () => {
    const stubborn =
      'import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True: pass\n'
    const result = await engine.run({ 'main.py': stubborn }, { limits: { wallMs: 200 } })
    expect(result.status).toBe('time-limit')
    expect(result.stderr).toContain('did not stop when interrupted')
  })

  it('explains a missing interpreter', async () => {
    await expect(createCpythonEngine({ python: '/no/such/python3' })).rejects.toThrow(
      /cannot run \/no\/such\/python3.*install Python 3\.11\+/,
    )
  })
})
