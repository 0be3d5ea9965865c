import { describe, expect, it } from 'vitest'
import { FakeContainer } from './container-fake'
import { WorkspaceShell } from './shell'

function setup() {
  const container = new FakeContainer()
  let screen = ''
  const shell = new WorkspaceShell(container, 'example-demo', {
    write: (text) => void (screen += text),
    clear: () => void (screen = ''),
  })
  return { container, shell, screen: () => screen }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('the workspace terminal’s shell, against a fake container', () => {
  it('maps python FILE to looplab run FILE in the workspace folder and streams its output', async () => {
    const { container, shell, screen } = setup()
    container.script = async (io) => {
      io.write('hello\r\n')
      return 0
    }
    shell.start('LoopLab workspace\n')
    for (const key of 'python main.py') shell.type(key)
    shell.type('\r')
    await settle()
    expect(container.spawned[0]).toMatchObject({
      command: 'node',
      args: ['../../node_modules/@looplab/runtime/bin/looplab.mjs', 'run', 'main.py'],
      options: { cwd: 'workspaces/example-demo' },
    })
    expect(screen()).toContain('python main.py\r\nhello\r\n')
  })

  it('runs looplab grade as typed, and passes program arguments after --', async () => {
    const { container, shell } = setup()
    await shell.run('looplab grade download-all-at-once main.py')
    await shell.run('python "my file.py" --count 3')
    expect(container.spawned.map((s) => s.args.slice(1))).toEqual([
      ['grade', 'download-all-at-once', 'main.py'],
      ['run', 'my file.py', '--', '--count', '3'],
    ])
  })

  it('sends keys to a running program and stops it on Ctrl-C', async () => {
    const { container, shell, screen } = setup()
    let typed = ''
    container.script = async (io) => {
      await io.killed
      typed = io.typed()
      return 130
    }
    const running = shell.run('python main.py')
    await settle()
    expect(shell.busy).toBe(true)
    shell.type('Ada\r')
    shell.type('\x03')
    expect(await running).toBe(130)
    expect(shell.busy).toBe(false)
    expect(typed).toBe('Ada\r')
    expect(screen().endsWith('$\x1b[0m ')).toBe(true)
  })

  it('edits the line: backspace, Ctrl-C, history; refuses python without a file', async () => {
    const { container, shell, screen } = setup()
    for (const key of 'pythom') shell.type(key)
    shell.type('\x7f')
    for (const key of 'n') shell.type(key)
    shell.type('\r')
    await settle()
    expect(container.spawned).toEqual([])
    expect(screen()).toContain('python here runs a file')
    shell.type('\x1b[A')
    expect(screen().endsWith('python')).toBe(true)
    shell.type('\x03')
    shell.type('\r')
    await settle()
    expect(container.spawned).toEqual([])
  })

  it('says when a command cannot start, and stays usable', async () => {
    const { container, shell, screen } = setup()
    container.spawn = async () => {
      throw new Error('command not found')
    }
    expect(await shell.run('frobnicate')).toBe(127)
    expect(screen()).toContain('frobnicate: command not found')
  })
})
