/**
 * A GradeResult for a terminal: one line per test with ✓ / ✗, the message (and the output that
 * shows the problem) under the first failure, short messages under the others, then the verdict.
 */
import type { GradeResult } from '../../types'

const marks = { pass: '✓', fail: '✗', error: '!' } as const

export function formatGrade(result: GradeResult, heading: string): string {
  const lines = [heading, '']
  for (const test of result.tests) {
    lines.push(`  ${marks[test.status]} ${test.name}`)
    if (test.message) lines.push(...indent(test.message, 6))
    if (test.output) lines.push('      output:', ...indent(test.output.replace(/\n$/, ''), 8, '| '))
  }
  if (result.tests.length) lines.push('')
  const passed = result.tests.filter((test) => test.status === 'pass').length
  if (result.status === 'error') {
    lines.push(`error: ${result.message ?? 'the checks could not run'}`)
  } else {
    lines.push(`${result.status}: ${passed} of ${result.tests.length} checks passed`)
  }
  return `${lines.join('\n')}\n`
}

function indent(text: string, spaces: number, prefix = ''): string[] {
  return text.split('\n').map((line) => `${' '.repeat(spaces)}${prefix}${line}`.trimEnd())
}
