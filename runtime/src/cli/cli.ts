/**
 * The `looplab` command line: dispatches to one module per command; usage errors exit 2 with the
 * usage on stderr, and no error ever reaches the user as a raw stack trace.
 */
import { benchCommand } from './commands/bench'
import { coverageCommand } from './commands/coverage'
import { gradeCommand } from './commands/grade'
import { runCommand } from './commands/run'
import { verifyCommand } from './commands/verify'
import { UsageError, usageExitCode, type CliIo, type Command } from './io'

const commands: Command[] = [runCommand, verifyCommand, coverageCommand, gradeCommand, benchCommand]

export function usage(): string {
  const width = Math.max(...commands.map((command) => command.synopsis.length))
  const lines = commands.map((c) => `  looplab ${c.synopsis.padEnd(width)}  ${c.summary}`)
  return `usage:\n${lines.join('\n')}\n`
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.err : io.out)(usage())
    return name === undefined ? usageExitCode : 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    io.err(`looplab: unknown command '${name}'\n${usage()}`)
    return usageExitCode
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`looplab ${name}: ${error.message}\nusage: looplab ${command.synopsis}\n`)
      return usageExitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.err(`looplab ${name}: ${message}\n`)
    return 1
  }
}
