import type { RunResult } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import { FakeContainer } from './container-fake'
import { createWebContainerEngine } from './webcontainer-engine'

const result: RunResult = {
  status: 'ok',
  exitCode: 0,
  stdout: 'one\ntwo\n',
  stderr: '',
  events: [
    { t: 0, stream: 'stdout', text: 'one\n' },
    { t: 1, stream: 'stdout', text: 'two\n' },
  ],
  virtualSeconds: 1,
  wallMs: 12,
  timeline: [],
  diagnostics: [],
  python: '3.14.2 (pyodide)',
}
/** What the CLI's --json looks like through a pty: CRLF, and a warning on stderr first. */
const terminal = (value: unknown) =>
  'looplab: warning: the program runs without network isolation here\r\n' +
  `${JSON.stringify(value, null, 2)}\n`.replace(/\n/g, '\r\n')

function setup() {
  const container = new FakeContainer()
  const chunks: string[] = []
  const engine = createWebContainerEngine({
    container,
    workspace: 'example-gather-three',
    onOutput: (chunk) => chunks.push(chunk),
  })
  return { container, engine, chunks }
}

describe('the WebContainer engine, against a fake container', () => {
  it('writes the files into the workspace folder and spawns looplab run --json there', async () => {
    const { container, engine, chunks } = setup()
    container.script = async (io) => {
      const text = terminal(result)
      io.write(text.slice(0, 40))
      io.write(text.slice(40))
      return 0
    }
    const run = await engine.run(
      { 'main.py': 'print("one")', 'lib/util.py': 'X = 1' },
      { argv: ['--fast'], limits: { wallMs: 2500 } },
    )
    expect(run).toEqual(result)
    expect(container.files.get('workspaces/example-gather-three/main.py')).toBe('print("one")')
    expect(container.files.get('workspaces/example-gather-three/lib/util.py')).toBe('X = 1')
    expect(container.spawned).toEqual([
      {
        command: 'node',
        args: [
          '../../node_modules/@looplab/runtime/bin/looplab.mjs',
          'run',
          'main.py',
          '--json',
          '--time-limit',
          '2.5',
          '--',
          '--fast',
        ],
        options: { cwd: 'workspaces/example-gather-three' },
      },
    ])
    expect(chunks.join('')).toBe(terminal(result))
  })

  it('writes stdin and closes the input, so the CLI reading to the end goes on', async () => {
    const { container, engine } = setup()
    let typed: string | null = null
    container.script = async (io) => {
      typed = await io.input()
      io.write(terminal(result))
      return 0
    }
    await engine.run({ 'main.py': 'input()' }, { stdin: 'Ada\n' })
    expect(typed).toBe('Ada\n')
  })

  it('stops a run on interrupt: the process is killed and the run says interrupted', async () => {
    const { container, engine } = setup()
    let killed = false
    container.script = async (io) => {
      io.write('booting…')
      await io.killed
      killed = true
      return 130
    }
    const running = engine.run({ 'main.py': 'while True: pass' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    engine.interrupt()
    const run = await running
    expect(killed).toBe(true)
    expect(run.status).toBe('interrupted')
    expect(run.exitCode).toBe(130)
  })

  it('turns a missing or malformed answer into a failed run that says what came out', async () => {
    const { container, engine } = setup()
    container.script = async (io) => {
      io.write('looplab run: could not start the Python runtime: no memory\r\n')
      return 1
    }
    const crashed = await engine.run({ 'main.py': 'pass' })
    expect(crashed.status).toBe('error')
    expect(crashed.stderr).toContain('could not start the Python runtime: no memory')
    container.script = async (io) => {
      io.write(terminal({ ...result, status: 'finished' }))
      return 0
    }
    const malformed = await engine.run({ 'main.py': 'pass' })
    expect(malformed.status).toBe('error')
    expect(malformed.stderr).toContain('malformed result (status')
  })

  it('refuses what only an in-page run can do, without spawning', async () => {
    const { container, engine } = setup()
    const realtime = await engine.run({ 'main.py': 'pass' }, { realtime: true })
    expect(realtime.stderr).toContain('realtime runs need CPython')
    const noEntry = await engine.run({ 'other.py': 'pass' })
    expect(noEntry.stderr).toContain('there is no main.py')
    expect(container.spawned).toEqual([])
  })

  it('observes nothing: grading in a workspace is looplab grade in its terminal', async () => {
    const { engine } = setup()
    const observed = await engine.observe({ 'main.py': 'pass' }, null)
    expect(observed.kind).toBe('failed')
    expect(observed.kind === 'failed' && observed.run.stderr).toContain('looplab grade')
  })

  it('kills a running process on dispose and refuses runs afterwards', async () => {
    const { container, engine } = setup()
    container.script = async (io) => {
      await io.killed
      return 130
    }
    const running = engine.run({ 'main.py': 'pass' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    await engine.dispose()
    expect((await running).status).toBe('interrupted')
    expect((await engine.run({ 'main.py': 'pass' })).stderr).toContain('closed')
  })
})
