/** What a command may touch of the process: its streams. Commands return their exit code. */
export type CliIo = {
  out(text: string): void
  err(text: string): void
  /** All of stdin when it is piped or redirected; '' when it is a terminal. */
  readStdin(): Promise<string>
  /** Called on Ctrl-C; the returned function stops listening. */
  onInterrupt(handler: () => void): () => void
  /** stderr is a terminal (progress bars redraw in place only there). */
  isTTY?: boolean
}

export class UsageError extends Error {}

export type Command = {
  name: string
  synopsis: string
  summary: string
  run(args: string[], io: CliIo): Promise<number>
}

/** Exit code for bad usage: the same as Python's argparse. */
export const usageExitCode = 2
