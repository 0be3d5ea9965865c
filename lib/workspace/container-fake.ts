/**
 * A WebContainer for tests, in memory: boot can succeed, be refused or never answer; mount and
 * the file system keep files in a Map; spawn hands each process to a script the test writes,
 * which sees the command, writes to the terminal, reads the input and chooses the exit code.
 * The way TutorialKit tests its runtime without StackBlitz: the logic under test talks to the
 * same narrow interface (container-port.ts) the real WebContainer satisfies.
 */
import type {
  Container,
  ContainerHost,
  ContainerProcess,
  ContainerSpawnOptions,
  FileSystemTree,
} from './container-port'

export type FakeProcessIo = {
  command: string
  args: string[]
  options: ContainerSpawnOptions
  write(text: string): void
  /** Everything written to the input until it was closed. */
  input(): Promise<string>
  /** What was written to the input so far. */
  typed(): string
  /** Resolves when the process is killed. */
  killed: Promise<void>
}

export type ProcessScript = (io: FakeProcessIo) => Promise<number>

export type BootBehaviour = 'boot' | 'refuse' | 'hang' | { afterMs: number }

export class FakeContainer implements Container {
  readonly files = new Map<string, string | Uint8Array>()
  readonly spawned: { command: string; args: string[]; options: ContainerSpawnOptions }[] = []
  mounts = 0
  tornDown = false
  script: ProcessScript = async () => 0

  readonly fs = {
    readFile: async (path: string) => {
      const contents = this.files.get(path)
      if (contents === undefined) throw new Error(`ENOENT: ${path}`)
      return typeof contents === 'string' ? contents : new TextDecoder().decode(contents)
    },
    writeFile: async (path: string, data: string) => {
      this.alive()
      this.files.set(path, data)
    },
    mkdir: async (path: string) => path,
    watch: () => ({ close: () => undefined }),
  }

  private alive(): void {
    if (this.tornDown) throw new Error('the WebContainer was torn down')
  }

  async mount(tree: FileSystemTree, prefix = ''): Promise<void> {
    this.alive()
    if (!prefix) this.mounts += 1
    for (const [name, node] of Object.entries(tree)) {
      const path = prefix ? `${prefix}/${name}` : name
      if ('directory' in node) await this.mount(node.directory, path)
      else if ('file' in node && 'contents' in node.file) this.files.set(path, node.file.contents)
    }
  }

  async spawn(
    command: string,
    args: string[],
    options: ContainerSpawnOptions = {},
  ): Promise<ContainerProcess> {
    this.alive()
    this.spawned.push({ command, args, options })
    let push: ReadableStreamDefaultController<string> | null = null
    const output = new ReadableStream<string>({ start: (controller) => void (push = controller) })
    let typed = ''
    let closeInput = () => undefined as void
    const inputClosed = new Promise<void>((resolve) => (closeInput = resolve))
    const input = new WritableStream<string>({
      write: (chunk) => void (typed += chunk),
      close: () => closeInput(),
    })
    let kill = () => undefined as void
    const killed = new Promise<void>((resolve) => (kill = resolve))
    const io: FakeProcessIo = {
      command,
      args,
      options,
      write: (text) => push?.enqueue(text),
      input: () => inputClosed.then(() => typed),
      typed: () => typed,
      killed,
    }
    const exit = Promise.race([this.script(io), killed.then(() => 130)]).finally(() => {
      push?.close()
      push = null
    })
    return { output, input, exit, kill: () => kill(), resize: () => undefined }
  }

  teardown(): void {
    this.tornDown = true
  }
}

export class FakeHost implements ContainerHost {
  readonly container = new FakeContainer()
  boots: { coep: string; workdirName: string }[] = []

  constructor(private readonly behaviour: BootBehaviour = 'boot') {}

  boot(options: { coep: 'require-corp'; workdirName: string }): Promise<Container> {
    this.boots.push(options)
    const behaviour = this.behaviour
    if (behaviour === 'boot') return Promise.resolve(this.container)
    if (behaviour === 'refuse') {
      return Promise.reject(new Error('Unable to create more instances'))
    }
    if (behaviour === 'hang') return new Promise<never>(() => undefined)
    return new Promise((resolve) => setTimeout(() => resolve(this.container), behaviour.afterMs))
  }
}
