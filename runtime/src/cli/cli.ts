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
  // Synopses are long: each gets its own line with the summary under it, so nothing wraps.
  const entries = commands.map((c) => `  looplab ${c.synopsis}\n      ${c.summary}`)
  return `usage:\n${entries.join('\n')}\n\nlooplab COMMAND --help shows one command.\n`
}

function commandHelp(command: Command): string {
  return `usage: looplab ${command.synopsis}\n\n${command.summary}\n`
}

/** --help or -h among the options (not after `--`, where it belongs to the program). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--')
  const options = end === -1 ? args : args.slice(0, end)
  return options.includes('--help') || options.includes('-h')
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
  if (asksForHelp(args)) {
    io.out(commandHelp(command))
    return 0
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
