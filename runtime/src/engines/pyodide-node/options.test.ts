/**
 * Every run option reaches the program through pyodide-node: entry, argv, stdin, the virtual-time
 * and output limits, and a lesson's own pages of the simulated web.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PyodideWorkerEngine } from '../pyodide/worker-engine'
import { createPyodideNodeEngine } from './engine'

let engine: PyodideWorkerEngine

beforeAll(async () => {
  engine = await createPyodideNodeEngine()
})
afterAll(() => engine?.dispose())

describe('run options on pyodide-node', () => {
  it('runs the given entry with argv and stdin, beside its other files', async () => {
    const files = {
      'app.py': 'import sys\nfrom util import shout\nprint(shout(sys.argv[1:]), input())\n',
      'util.py': 'def shout(words):\n    return " ".join(words).upper()\n',
    }
    const result = await engine.run(files, { entry: 'app.py', argv: ['a', 'b'], stdin: 'typed\n' })
    expect(result.stdout).toBe('A B typed\n')
  })

  it('stops at the virtual-time limit it was given', async () => {
    const source =
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(10)\n        print("tick")\nasyncio.run(main())\n'
    const result = await engine.run({ 'main.py': source }, { limits: { virtualSeconds: 35 } })
    expect(result.status).toBe('time-limit')
    expect(result.stdout).toBe('tick\ntick\ntick\n')
  })

  it('stops at the output limit it was given', async () => {
    const result = await engine.run(
      { 'main.py': 'while True: print("x" * 99)\n' },
      { limits: { outputBytes: 1000 } },
    )
    expect(result.status).toBe('output-limit')
    expect(result.stdout.length).toBeLessThanOrEqual(1000)
  })

  it('serves a lesson’s own pages on the simulated web', async () => {
    const source =
      'import requests\nr = requests.get("https://lesson.example/data")\nprint(r.status_code, r.text)\n'
    const web = { 'https://lesson.example/data': { body: 'from the lesson', latency: 0.5 } }
    const result = await engine.run({ 'main.py': source }, { web })
    expect(result.stdout, result.stderr).toBe('200 from the lesson\n')
    expect(result.virtualSeconds).toBeGreaterThanOrEqual(0.5)
  })
})
