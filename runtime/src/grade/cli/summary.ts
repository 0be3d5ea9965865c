/**
 * An instructor's batch: one row per submission (file, status, passed/total, the first failing
 * test and its message), written as summary.json (with every full GradeResult) and summary.csv.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GradeResult } from '../../types'

export type SubmissionRow = {
  file: string
  status: GradeResult['status']
  passed: number
  total: number
  firstFailure: { test: string; message: string } | null
  grade: GradeResult
}

export type BatchSummary = {
  exercise: { id: string; title: string }
  engine: string
  python: string
  jobs: number
  graded: number
  counts: Record<GradeResult['status'], number>
  /** Grading time, engines already started. */
  ms: number
  /** Time to start the engines. */
  bootMs: number
  gradesPerSecond: number
  latencyMs: { p50: number; p95: number }
  submissions: SubmissionRow[]
}

export function submissionRow(file: string, grade: GradeResult): SubmissionRow {
  const failed = grade.tests.find((test) => test.status !== 'pass')
  const firstFailure =
    grade.status === 'error'
      ? { test: '(could not be graded)', message: grade.message ?? '' }
      : failed
        ? { test: failed.name, message: failed.message ?? '' }
        : null
  return {
    file,
    status: grade.status,
    passed: grade.tests.filter((test) => test.status === 'pass').length,
    total: grade.tests.length,
    firstFailure,
    grade,
  }
}

const csvHeader = ['file', 'status', 'passed', 'total', 'first_failing_test', 'message']

export function summaryCsv(rows: readonly SubmissionRow[]): string {
  const lines = [csvHeader, ...rows.map(csvRow)].map((cells) => cells.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}

function csvRow(row: SubmissionRow): string[] {
  const failure = row.firstFailure
  return [
    row.file,
    row.status,
    String(row.passed),
    String(row.total),
    failure?.test ?? '',
    failure?.message ?? '',
  ]
}

/** RFC 4180: quote a cell holding a comma, a quote or a line break; double the quotes. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export async function writeSummary(dir: string, summary: BatchSummary): Promise<string[]> {
  const json = path.join(dir, 'summary.json')
  const csv = path.join(dir, 'summary.csv')
  await writeFile(json, `${JSON.stringify(summary, null, 2)}\n`)
  await writeFile(csv, summaryCsv(summary.submissions))
  return [json, csv]
}
