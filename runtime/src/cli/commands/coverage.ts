/**
 * `looplab coverage [--write] [--outline-from FILE] [--content DIR] [--json]`: which lesson teaches
 * each tutorial section. Without --write it only reports (exit 1 on a gap, an unknown source or a
 * stale README); --write regenerates content/README.md; --outline-from refreshes outline.json
 * from the tutorial outline markdown first.
 */
import { parseArgs } from 'node:util'
import { UsageError, type Command } from '../io'

type CoverageFlags = { write: boolean; json: boolean; outlineFrom?: string; content?: string }

function parseCoverageArgs(args: string[]): CoverageFlags {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        write: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'outline-from': { type: 'string' },
        content: { type: 'string' },
      },
    })
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`)
    return {
      write: values.write,
      json: values.json,
      outlineFrom: values['outline-from'],
      content: values.content,
    }
  } catch (error) {
    throw error instanceof UsageError
      ? error
      : new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export const coverageCommand: Command = {
  name: 'coverage',
  synopsis: 'coverage [--write] [--outline-from FILE] [--content DIR] [--json]',
  summary: 'Map every tutorial section to the lesson that teaches it (content/README.md)',
  async run(args, io) {
    const flags = parseCoverageArgs(args)
    // Loaded here: `looplab run` never pays for the content loader's parsers.
    const { runCoverage } = await import('../../verify/coverage/coverage-command')
    return runCoverage(flags, io)
  },
}
