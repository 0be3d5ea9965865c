/** The body of `looplab coverage` (the command module only parses arguments). */
import { displayPath } from '../../content/content-error'
import { loadCourse } from '../../content/course'
import type { CliIo } from '../../cli/io'
import { findContentDir } from '../content-dir'
import type { Coverage } from './coverage'
import {
  courseCoverage,
  importOutline,
  readmePath,
  readmeState,
  writeReadme,
} from './coverage-files'
import { regenerateCommand } from './readme'

export type CoverageRequest = {
  write: boolean
  json: boolean
  outlineFrom?: string
  content?: string
}

export async function runCoverage(request: CoverageRequest, io: CliIo): Promise<number> {
  const contentDir = request.content ?? findContentDir()
  if (!contentDir) {
    io.err('looplab coverage: no content/ folder here or above (use --content DIR)\n')
    return 1
  }
  if (request.outlineFrom) {
    const file = await importOutline(contentDir, request.outlineFrom)
    io.err(`wrote ${displayPath(file)}\n`)
  }
  const course = await loadCourse(contentDir)
  const { coverage, readme } = await courseCoverage(course)
  let state = await readmeState(contentDir, readme)
  if (request.write && state !== 'current') {
    await writeReadme(contentDir, readme)
    io.err(`wrote ${displayPath(readmePath(contentDir))}\n`)
    state = 'current'
  }
  if (request.json) {
    io.out(`${JSON.stringify({ readme: state, ...coverage }, null, 2)}\n`)
  } else {
    io.out(describeCoverage(coverage, state, contentDir))
  }
  const gaps = coverage.untaught.length + coverage.unknownSources.length
  return gaps > 0 || state !== 'current' ? 1 : 0
}

export function describeCoverage(
  coverage: Coverage,
  readme: 'current' | 'stale' | 'missing',
  contentDir: string,
): string {
  const lines: string[] = []
  const total = coverage.rows.length
  lines.push(`${total - coverage.untaught.length} of ${total} tutorial sections are taught`)
  for (const section of coverage.untaught) {
    lines.push(`  not taught: ${section.seed} "${section.heading}"`)
  }
  for (const source of coverage.unknownSources) {
    const where = `${displayPath(source.file)}${source.line ? `:${source.line}` : ''}`
    const hint = source.suggestion ? ` (did you mean "${source.suggestion}"?)` : ''
    lines.push(`  ${where}: source ${source.seed} "${source.section}" is not in the outline${hint}`)
  }
  const file = displayPath(readmePath(contentDir))
  if (readme !== 'current') lines.push(`${file} is ${readme}: run \`${regenerateCommand}\``)
  return `${lines.join('\n')}\n`
}
