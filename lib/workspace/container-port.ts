/**
 * The part of `@webcontainer/api` a workspace uses, as structural types: the real WebContainer
 * satisfies them, and so does the fake the unit tests boot (container-fake.ts), which is how the
 * boot, run and terminal logic is tested on machines that cannot reach StackBlitz.
 */
import type { FileSystemTree } from '@webcontainer/api'

export type { FileSystemTree }

export type ContainerProcess = {
  /** Everything the process wrote to its terminal (stdout and stderr merged, as a pty does). */
  readonly output: ReadableStream<string>
  readonly input: WritableStream<string>
  readonly exit: Promise<number>
  kill(): void
  resize(size: { cols: number; rows: number }): void
}

export type ContainerSpawnOptions = {
  cwd?: string
  env?: Record<string, string | number | boolean>
  terminal?: { cols: number; rows: number }
}

export type ContainerWatcher = { close(): void }

export type ContainerFileSystem = {
  readFile(path: string, encoding: 'utf-8'): Promise<string>
  writeFile(path: string, data: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<string>
  watch(
    path: string,
    options: { recursive?: boolean },
    listener: (event: 'rename' | 'change', filename: string | Uint8Array) => void,
  ): ContainerWatcher
}

export type Container = {
  readonly fs: ContainerFileSystem
  mount(tree: FileSystemTree): Promise<void>
  spawn(command: string, args: string[], options?: ContainerSpawnOptions): Promise<ContainerProcess>
  teardown(): void
}

/** What boots a container: `WebContainer` itself in a page, a fake in tests. */
export type ContainerHost = {
  boot(options: { coep: 'require-corp'; workdirName: string }): Promise<Container>
}
