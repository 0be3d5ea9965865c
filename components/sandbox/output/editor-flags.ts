/**
 * Which lines of the learner's code to tint after a run: the line the traceback ends in (the
 * innermost frame in their file) as the error, and each diagnostic's line as a warning.
 */
import type { RunResult } from '@looplab/runtime'
import type { LineFlag } from '../editor/line-flags'
import { lineLinks } from './line-links'

export function editorFlags(
  result: Pick<RunResult, 'status' | 'stderr' | 'diagnostics'>,
  file = 'main.py',
): LineFlag[] {
  const flags: LineFlag[] = []
  if (result.status === 'error' || result.status === 'interrupted') {
    const lines = result.stderr.split('\n')
    const framed = lines
      .flatMap((text) => lineLinks(text, file))
      .filter((s) => s.line !== undefined)
    const last = framed.at(-1)?.line
    const error = [...lines]
      .reverse()
      .find((text) => /^\S/.test(text) && !text.startsWith('LoopLab:'))
    if (last !== undefined)
      flags.push({ line: last, kind: 'error', message: error ?? 'The error happened here' })
  }
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.line === undefined) continue
    if (flags.some((flag) => flag.line === diagnostic.line)) continue
    flags.push({ line: diagnostic.line, kind: 'warning', message: diagnostic.message })
  }
  return flags
}
