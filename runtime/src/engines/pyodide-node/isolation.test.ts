/**
 * One engine, many runs: whatever run A does to the interpreter (monkeypatching, leftover tasks,
 * modules, environment, an uncaught KeyboardInterrupt), run B sees a fresh Python.
 */
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProgramFiles } from '../../types'
import type { PyodideWorkerEngine } from '../pyodide/worker-engine'
import { createPyodideNodeEngine } from './engine'

let engine: PyodideWorkerEngine

beforeAll(async () => {
  engine = await createPyodideNodeEngine()
})
afterAll(() => engine?.dispose())

const probe: ProgramFiles = {
  'main.py': `import asyncio, os, sys, time

async def child():
    await asyncio.sleep(1)
    return asyncio.current_task().get_name()

async def main():
    started = time.monotonic()
    name = await asyncio.create_task(child())
    print(asyncio.current_task().get_name(), name, round(time.monotonic() - started, 3))

asyncio.run(main())
print(sorted(os.listdir('.')), 'helper' in sys.modules, os.environ.get('SECRET'))
print(hasattr(sys.modules['__main__'], 'leaked'))
`,
}

const hostile: Record<string, ProgramFiles> = {
  'monkeypatches asyncio and time': {
    'main.py': 'import asyncio, time\nasyncio.sleep = None\ntime.monotonic = lambda: 0\n',
  },
  'leaves tasks pending on an unclosed loop': {
    'main.py':
      'import asyncio\nloop = asyncio.new_event_loop()\nfor _ in range(5): loop.create_task(asyncio.sleep(100))\nloop.run_until_complete(asyncio.sleep(0))\n',
  },
  'changes folder, environment and builtins': {
    'main.py':
      "import os, builtins\nos.makedirs('sub', exist_ok=True)\nos.chdir('sub')\nos.environ['SECRET'] = 'x'\nbuiltins.print = None\nleaked = True\n",
  },
  'imports its own module': {
    'main.py': 'import helper\nleaked = helper.VALUE\n',
    'helper.py': 'VALUE = 1\n',
  },
  'raises KeyboardInterrupt': { 'main.py': 'raise KeyboardInterrupt\n' },
  'exits with a code': { 'main.py': 'import sys\nsys.exit(4)\n' },
}

describe('isolation between runs', () => {
  it.each(Object.entries(hostile))('run B is unaffected after run A %s', async (_, files) => {
    const before = await engine.run(probe)
    await engine.run(files)
    const after = await engine.run(probe)
    expect(after.status, after.stderr).toBe('ok')
    expect(after.stdout).toBe(before.stdout)
    expect(after.stdout).toBe("Task-1 Task-2 1.0\n['main.py'] False None\nFalse\n")
  })

  it('gives each run its own random state after a snapshot boot', async () => {
    const draw = { 'main.py': 'import random\nprint(random.random())\n' }
    const first = await engine.run(draw)
    const fresh = await createPyodideNodeEngine()
    try {
      const second = await fresh.run(draw)
      expect(second.stdout).not.toBe(first.stdout)
    } finally {
      await fresh.dispose()
    }
  })

  it('hides Pyodide and the harness from the program', async () => {
    const result = await engine.run({
      'main.py':
        'for name in ("js", "pyodide", "_looplab"):\n    try:\n        __import__(name)\n        print(name, "visible")\n    except ImportError:\n        print(name, "hidden")\n',
    })
    expect(result.stdout).toBe('js hidden\npyodide hidden\n_looplab hidden\n')
  })

  it('cannot start a host process, and the refusal does not outlive the run', async () => {
    const marker = join(tmpdir(), `looplab-escape-${process.pid}-${Date.now()}`)
    const result = await engine.run({
      'main.py': `import os, subprocess
for attempt in (lambda: os.system("touch ${marker}"), lambda: os.popen("touch ${marker}"),
                lambda: subprocess.run(["touch", "${marker}"])):
    try:
        attempt()
        print("started")
    except OSError as error:
        print("refused:", error.strerror)
`,
    })
    expect(result.status, result.stderr).toBe('ok')
    expect(result.stdout).not.toContain('started')
    expect(result.stdout.split('\n').filter((line) => line.startsWith('refused:'))).toHaveLength(3)
    expect(existsSync(marker)).toBe(false)
    const after = await engine.run(probe)
    expect(after.stdout).toBe("Task-1 Task-2 1.0\n['main.py'] False None\nFalse\n")
  })
})
