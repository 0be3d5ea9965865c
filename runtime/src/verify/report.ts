/**
 * The terminal report of a verify run: one line per lesson, then each failure in full (where to
 * fix it, what differs, the end of stderr), then the timing, and last `N passed, N failed`.
 */
import path from 'node:path'
import { formatUnifiedDiff } from '../compare'
import { displayPath } from '../content/content-error'
import type { CheckResult, Problem, VerifyReport } from './types'

export function formatVerifyReport(report: VerifyReport): string {
  const out: string[] = [...groupLines(report.checks), '']
  for (const check of report.checks) {
    if (!check.passed) out.push(...formatFailure(check), '')
  }
  for (const skipped of report.skipped) out.push(`skipped: ${skipped}`)
  out.push(timingLine(report), `${report.passed} passed, ${report.failed} failed`)
  return `${out.join('\n')}\n`
}

function groupLines(checks: readonly CheckResult[]): string[] {
  const groups = new Map<string, CheckResult[]>()
  for (const check of checks) {
    const key = check.lessonId ? displayPath(lessonDirOf(check)) : check.kind
    groups.set(key, [...(groups.get(key) ?? []), check])
  }
  const width = Math.max(0, ...[...groups.keys()].map((key) => key.length))
  return [...groups].map(([key, group]) => {
    const failed = group.filter((check) => !check.passed).length
    const counts =
      failed === 0
        ? plural(group.length, 'check')
        : `${failed} of ${plural(group.length, 'check')} failed`
    return `${failed === 0 ? 'ok  ' : 'FAIL'} ${key.padEnd(width)}  ${counts}`
  })
}

/** The lesson folder of an example (index.mdx) or exercise (…/exercises/<id>/solution.py). */
function lessonDirOf(check: CheckResult): string {
  const parts = check.file.split(path.sep)
  const exercises = parts.lastIndexOf('exercises')
  return exercises > 0 ? parts.slice(0, exercises).join(path.sep) : path.dirname(check.file)
}

export function formatFailure(check: CheckResult): string[] {
  const where = `${displayPath(check.file)}${check.line ? `:${check.line}` : ''}`
  const python = check.python ? `, Python ${check.python.replace(/ \(.*\)$/, '')}` : ''
  const lines = [`FAIL ${where}  ${check.title}${python}`]
  for (const problem of check.problems) lines.push(...indent(describeProblem(problem)))
  if (check.stderrTail) {
    lines.push(
      '     stderr (last lines):',
      ...check.stderrTail.split('\n').map((l) => `       | ${l}`),
    )
  }
  return lines
}

function describeProblem(problem: Problem): string[] {
  switch (problem.kind) {
    case 'status':
      return [`ends with status "${problem.actual}" (expected "${problem.expected}")`]
    case 'exit-code':
      return [`exits with code ${problem.actual} (expected ${problem.expected})`]
    case 'error':
      return [
        'ends with a different exception than the lesson declares:',
        `  declared: ${problem.expected}`,
        `  raised:   ${problem.actual ?? '(no exception on stderr)'}`,
      ]
    case 'stdout':
      return [
        "stdout differs from the lesson's output (- lesson, + printed):",
        ...formatUnifiedDiff(problem.comparison, {
          expectedLabel: 'lesson',
          actualLabel: 'printed',
        })
          .trimEnd()
          .split('\n'),
      ]
    case 'message':
      return problem.text.split('\n')
  }
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `     ${line}`)
}

function timingLine(report: VerifyReport): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const parts = [`content ${seconds(report.timings.loadMs)}`]
  if (report.timings.pyodideBootMs !== null)
    parts.push(`pyodide boot ${seconds(report.timings.pyodideBootMs)}`)
  const runs = (['pyodide-node', 'cpython'] as const)
    .filter((engine) => report.timings.runs[engine] > 0)
    .map((engine) => {
      const python = report.pythons[engine]
      const name = engine === 'cpython' ? 'cpython' : 'pyodide'
      return `${report.timings.runs[engine]} on ${name}${python ? ` ${python.replace(/ \(.*\)$/, '')}` : ''}`
    })
  if (runs.length > 0)
    parts.push(`runs: ${runs.join(', ')}; cpython ${report.parallelism} at a time`)
  return `time: ${seconds(report.ms)} (${parts.join('; ')})`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
