/**
 * The sandboxed runner as an attacker meets it: a program runs in a process of its own with no
 * network, no host files, no environment, no child processes — and the observer is this test
 * process (a file that must not appear, a listener that must get no connection, a secret in this
 * process's environment that must not come back).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSandboxedEngine, type SandboxedEngine } from '.'

let engine: SandboxedEngine
let listener: Server
let port = 0
let connections = 0
const folder = mkdtempSync(join(tmpdir(), 'looplab-sandbox-test-'))
const canary = join(folder, 'canary')
const secret = `looplab-secret-${Math.random().toString(36).slice(2)}`

beforeAll(async () => {
  process.env.LOOPLAB_TEST_SECRET = secret
  listener = createServer((socket) => {
    connections++
    socket.destroy()
  })
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  port = (listener.address() as { port: number }).port
  engine = await createSandboxedEngine()
}, 120_000)

afterAll(async () => {
  await engine?.dispose()
  listener?.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('a sandboxed runner', () => {
  it('runs an ordinary program', async () => {
    const result = await engine.run({
      'main.py':
        'import asyncio\nasync def main():\n    await asyncio.sleep(2)\n    print("done")\nasyncio.run(main())\n',
    })
    expect(result.status).toBe('ok')
    expect(result.stdout).toBe('done\n')
    expect(result.virtualSeconds).toBeGreaterThanOrEqual(2)
  })

  it('reaches neither the network, the host files, the environment nor a shell', async () => {
    const result = await engine.run({
      'main.py': `import os, socket
for attempt, action in [
    ("connect", lambda: socket.create_connection(("127.0.0.1", ${port}), timeout=1)),
    ("system", lambda: os.system("touch ${canary}")),
    ("environ", lambda: os.environ.get("LOOPLAB_TEST_SECRET")),
    ("host file", lambda: open("${canary}", "w")),
]:
    try:
        print(attempt, "->", action())
    except Exception as error:
        print(attempt, "refused:", type(error).__name__)
`,
    })
    expect(result.stdout).toContain('connect refused')
    expect(result.stdout).toContain('system refused')
    expect(result.stdout).toContain('host file refused')
    expect(JSON.stringify(result)).not.toContain(secret)
    expect(existsSync(canary)).toBe(false)
    expect(connections).toBe(0)
  })

  it('is killed past its deadline when the program never yields', async () => {
    const result = await engine.run(
      { 'main.py': 'while True:\n    pass\n' },
      { limits: { wallMs: 500 } },
    )
    expect(result.status).toBe('time-limit')
  })
})
