/**
 * `looplab verify [PATH…] [--json] [--jobs N] [--content DIR]`: runs every example of the course
 * (or of the chapters, lessons and exercises named) and checks it against the lesson text, runs
 * every exercise solution, and checks coverage. Ends with `N passed, N failed`; exit 1 on any
 * failure, 2 on bad usage.
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { UsageError, type Command } from '../io'

type VerifyFlags = { paths: string[]; json: boolean; jobs: number; content?: string }

function parseVerifyArgs(args: string[]): VerifyFlags {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        content: { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a positive integer')
  return { paths: positionals, json: values.json, jobs, content: values.content }
}

export const verifyCommand: Command = {
  name: 'verify',
  synopsis: 'verify [PATH…] [--json] [--jobs N] [--content DIR]',
  summary: 'Check every example, exercise solution and tutorial section in content/',
  async run(args, io) {
    const flags = parseVerifyArgs(args)
    // Loaded here: `looplab run` never pays for the content loader's parsers.
    const { runVerify, findContentDir, formatVerifyReport, ScopeError } =
      await import('../../verify')
    const contentDir = flags.content ?? findContentDir()
    if (!contentDir) throw new UsageError('no content/ folder here or above (use --content DIR)')
    let report
    try {
      report = await runVerify({ contentDir, paths: flags.paths, parallelism: flags.jobs })
    } catch (error) {
      if (error instanceof ScopeError) throw new UsageError(error.message)
      throw error
    }
    io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report))
    return report.failed > 0 ? 1 : 0
  },
}
