/**
 * Programs that would hang under real Python end with their expected status (deadlock, limits),
 * and a program that never yields is stopped — by Stop, by the wall-clock limit, and by force when
 * it swallows KeyboardInterrupt — leaving the engine usable for the next run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RunResultSchema } from '../../types'
import { headerValues, programsIn, readProgram } from '../../testing/test-programs'
import type { PyodideWorkerEngine } from '../pyodide/worker-engine'
import { createPyodideNodeEngine } from './engine'

const hangs = programsIn('hangs')
let engine: PyodideWorkerEngine

beforeAll(async () => {
  engine = await createPyodideNodeEngine()
})
afterAll(() => engine?.dispose())

const hello = { 'main.py': 'print("still works")\n' }

async function expectUsable(): Promise<void> {
  const next = await engine.run(hello)
  expect(next.status).toBe('ok')
  expect(next.stdout).toBe('still works\n')
}

describe('hanging programs end with their status', () => {
  const ending = hangs.filter(
    (program) => headerValues(program.source, 'expect')[0] !== 'interrupted',
  )

  it.each(ending.map((program) => [program.name, program] as const))('%s', async (_, program) => {
    const status = headerValues(program.source, 'expect')[0]
    // A short wall limit: reaching it would mean the hang was not detected in virtual time.
    const result = RunResultSchema.parse(
      await engine.run({ 'main.py': program.source }, { limits: { wallMs: 20_000 } }),
    )
    expect(result.status, result.stderr).toBe(status)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/LoopLab: [\s\S]*\n$/)
  })

  it('names each stuck task, what it awaits and where', async () => {
    const result = await engine.run({ 'main.py': readProgram('hangs', 'queue-get-forever.py') })
    expect(result.status).toBe('deadlock')
    expect(result.stderr).toMatch(
      /Task-2 \(consumer\(\)\) waits for Queue\.get\(\) at line \d+ of main\.py/,
    )
    expect(result.stderr).toMatch(/Task-1 \(main\(\)\) waits for Task-2 at line \d+ of main\.py/)
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'deadlock',
      'deadlock',
    ])
    expect(result.stdout).toBe('got only item\n')
  })
})

describe('a program that never yields', () => {
  const busy = { 'main.py': readProgram('hangs', 'busy-loop.py') }

  it('is interrupted by Stop, keeps its output, and the engine runs the next program', async () => {
    const running = engine.run(busy)
    // Late enough that the program has printed even on a loaded CI machine (the run's setup
    // comes first); the point is that output before the interrupt is kept.
    setTimeout(() => engine.interrupt(), 1000)
    const result = RunResultSchema.parse(await running)
    expect(result.status).toBe('interrupted')
    expect(result.exitCode).toBe(130)
    expect(result.stdout).toBe('spinning\n')
    expect(result.stderr).toContain('KeyboardInterrupt')
    await expectUsable()
  })

  it('under asyncio.run, Stop cancels the main task, then a second press stops the busy loop', async () => {
    const source = [
      'import asyncio',
      '',
      'async def helper():',
      '    try:',
      '        await asyncio.sleep(3600)',
      '    finally:',
      '        print("helper cleaned up")',
      '',
      'async def main():',
      '    asyncio.create_task(helper())',
      '    await asyncio.sleep(0)',
      '    print("spinning", flush=True)',
      '    try:',
      '        while True:',
      '            pass',
      '    finally:',
      '        print("main finally")',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n')
    const running = engine.run({ 'main.py': source })
    setTimeout(() => engine.interrupt(), 1000)
    const result = RunResultSchema.parse(await running)
    expect(result.status).toBe('interrupted')
    // the cancellation never arrives (no await), so the harness presses again: KeyboardInterrupt
    // in main's loop, its finally, then asyncio.run lets the other task clean up
    expect(result.stdout).toBe('spinning\nmain finally\nhelper cleaned up\n')
    expect(result.stderr).toMatch(/File "main\.py", line 15, in main\n[\s\S]*KeyboardInterrupt/)
    await expectUsable()
  })

  it('under asyncio.run, Stop landing in a coroutine that awaits in a loop is a cancellation', async () => {
    const source = [
      'import asyncio',
      '',
      'async def main():',
      '    print("working", flush=True)',
      '    try:',
      '        while True:',
      '            total = 0',
      '            for n in range(2_000):  # the interrupt mostly lands here',
      '                total += n',
      '            await asyncio.sleep(0)',
      '    except asyncio.CancelledError:',
      '        print("main cancelled")',
      '        raise',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n')
    const running = engine.run({ 'main.py': source })
    setTimeout(() => engine.interrupt(), 1000)
    const result = RunResultSchema.parse(await running)
    expect(result.status).toBe('interrupted')
    expect(result.stdout).toBe('working\nmain cancelled\n')
    expect(result.stderr).toContain('raise KeyboardInterrupt()\nKeyboardInterrupt\n')
    await expectUsable()
  })

  it('stops `while True: pass` at the wall-clock limit as time-limit', async () => {
    const result = await engine.run(
      { 'main.py': 'while True: pass\n' },
      { limits: { wallMs: 300 } },
    )
    expect(result.status).toBe('time-limit')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('wall-clock limit')
    await expectUsable()
  })

  it('replaces the worker when the program swallows the interrupt', async () => {
    const stubborn =
      'import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True: pass\n'
    const running = engine.run({ 'main.py': stubborn })
    setTimeout(() => engine.interrupt(), 200)
    const result = RunResultSchema.parse(await running)
    expect(result.status).toBe('interrupted')
    expect(result.stderr).toContain('did not stop when interrupted')
    await expectUsable()
  })

  it('queues runs instead of letting them collide', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        engine.run({
          'main.py': `import asyncio\nasyncio.run(asyncio.sleep(${n}))\nprint(${n})\n`,
        }),
      ),
    )
    expect(results.map((result) => result.stdout)).toEqual(['1\n', '2\n', '3\n'])
  })
})
