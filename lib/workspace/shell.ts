/**
 * The line the learner types into a workspace's terminal: a prompt, editing (backspace, Ctrl-C,
 * Ctrl-U, ↑/↓ through history), and on Enter the command interpretLine makes of it, spawned in
 * the workspace's folder with its output streamed to the terminal. While a process runs, keys go
 * to it and Ctrl-C stops it. Framework-free: the terminal is anything with write() and clear().
 */
import { interpretLine, shellHelp } from './commands'
import type { Container, ContainerProcess } from './container-port'

export type TerminalSink = { write(text: string): void; clear(): void }

const prompt = '\x1b[1;34m$\x1b[0m '
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n')

export class WorkspaceShell {
  private line = ''
  private history: string[] = []
  private historyAt = 0
  private running: {
    process: ContainerProcess
    writer: WritableStreamDefaultWriter<string>
  } | null = null
  private size = { cols: 80, rows: 24 }
  private closed = false

  constructor(
    private readonly container: Container,
    private readonly workspace: string,
    private readonly terminal: TerminalSink,
  ) {}

  get busy(): boolean {
    return this.running !== null
  }

  start(greeting: string): void {
    this.terminal.write(crlf(greeting))
    this.terminal.write(prompt)
  }

  resize(cols: number, rows: number): void {
    this.size = { cols, rows }
    this.running?.process.resize(this.size)
  }

  /** Keys from the terminal (xterm's onData). */
  type(data: string): void {
    if (this.closed) return
    if (this.running) {
      if (data === '\x03') this.running.process.kill()
      else void this.running.writer.write(data).catch(() => undefined)
      return
    }
    if (data === '\r') return void this.enter()
    if (data === '\x7f' || data === '\b') {
      if (this.line) {
        this.line = this.line.slice(0, -1)
        this.terminal.write('\b \b')
      }
      return
    }
    if (data === '\x03' || data === '\x15') {
      this.terminal.write(data === '\x03' ? '^C\r\n' + prompt : '\r\x1b[K' + prompt)
      this.line = ''
      return
    }
    if (data === '\x1b[A' || data === '\x1b[B') return this.recall(data === '\x1b[A' ? -1 : 1)
    if (data.startsWith('\x1b')) return // other keys (←, →, Home…) are not supported
    const printable = data.replace(/[\x00-\x1f\x7f]/g, '')
    this.line += printable
    this.terminal.write(printable)
  }

  private recall(step: number): void {
    if (!this.history.length) return
    this.historyAt = Math.max(0, Math.min(this.history.length, this.historyAt + step))
    this.line = this.history[this.historyAt] ?? ''
    this.terminal.write('\r\x1b[K' + prompt + this.line)
  }

  private async enter(): Promise<void> {
    const line = this.line
    this.line = ''
    this.terminal.write('\r\n')
    if (line.trim()) this.history.push(line)
    this.historyAt = this.history.length
    await this.execute(line)
  }

  /** Runs a line as if typed (the first run of main.py); resolves with its exit code. */
  async run(line: string): Promise<number | null> {
    if (this.running || this.closed) return null
    this.terminal.write(line + '\r\n')
    this.history.push(line)
    this.historyAt = this.history.length
    return this.execute(line)
  }

  private async execute(line: string): Promise<number | null> {
    const action = interpretLine(this.workspace, line)
    let code: number | null = null
    if (action.kind === 'refused') this.terminal.write(crlf(`${action.message}\n`))
    else if (action.kind === 'builtin' && action.name === 'help') {
      this.terminal.write(crlf(shellHelp))
    } else if (action.kind === 'builtin') this.terminal.clear()
    else if (action.kind === 'spawn') code = await this.spawn(action.spec)
    if (!this.closed) this.terminal.write(prompt)
    return code
  }

  private async spawn(spec: { command: string; args: string[]; cwd: string }): Promise<number> {
    let process: ContainerProcess
    try {
      process = await this.container.spawn(spec.command, spec.args, {
        cwd: spec.cwd,
        terminal: this.size,
      })
    } catch (error) {
      this.terminal.write(crlf(`${spec.command}: ${(error as Error).message}\n`))
      return 127
    }
    this.running = { process, writer: process.input.getWriter() }
    try {
      const reader = process.output.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        this.terminal.write(value)
      }
      return await process.exit
    } finally {
      this.running.writer.releaseLock()
      this.running = null
    }
  }

  dispose(): void {
    this.closed = true
    this.running?.process.kill()
  }
}
