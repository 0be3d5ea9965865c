/**
 * Commands whose issue has not landed yet: they say so and exit 2 rather than pretending to work.
 * Each becomes its own module under commands/ when it is built.
 */
import type { Command } from '../io'
import { usageExitCode } from '../io'

export function notYetImplemented(name: string, synopsis: string, summary: string): Command {
  return {
    name,
    synopsis,
    summary,
    async run(_args, io) {
      io.err(
        `looplab ${name}: not implemented yet (${summary.toLowerCase()} comes with a later issue)\n`,
      )
      return usageExitCode
    },
  }
}
