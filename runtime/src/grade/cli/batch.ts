/**
 * Grades many submissions to one exercise on a few engines at once (each runner engine observes
 * one at a time; `jobs` runners share the queue, and one judge judges for all of them), reporting
 * progress as it goes.
 */
import type { Engine, Judge } from '../../engine'
import { gradeSubmissionRun, type GradeOptions } from '../grade-submission'
import type { ExerciseDefinition } from '../types'
import { submissionRow, type BatchSummary, type SubmissionRow } from './summary'

export type Submission = { file: string; code: string }

export type BatchOptions = {
  /** Runner engines: they run the submissions. */
  engines: readonly Engine[]
  /** The judge every grade goes through (a separate interpreter). */
  judge: Judge
  engineLabel: string
  bootMs: number
  /** Options for every grade (limits). */
  grade?: GradeOptions
  /** Aborting stops taking new submissions; the summary holds those graded so far. */
  signal?: AbortSignal
  onProgress?(done: number, total: number): void
}

export async function gradeBatch(
  exercise: ExerciseDefinition,
  submissions: readonly Submission[],
  options: BatchOptions,
): Promise<BatchSummary> {
  const rows: (SubmissionRow | undefined)[] = new Array(submissions.length)
  const latencies: number[] = []
  let next = 0
  let done = 0
  let python = ''
  const started = performance.now()
  const worker = async (engine: Engine) => {
    while (next < submissions.length && !options.signal?.aborted) {
      const index = next++
      const submission = submissions[index]!
      const begun = performance.now()
      const { grade, run } = await gradeSubmissionRun(
        engine,
        options.judge,
        exercise,
        submission.code,
        options.grade,
      )
      latencies.push(performance.now() - begun)
      python ||= run.python
      rows[index] = submissionRow(submission.file, grade)
      options.onProgress?.(++done, submissions.length)
    }
  }
  await Promise.all(options.engines.map(worker))
  const ms = performance.now() - started
  const graded = rows.filter((row): row is SubmissionRow => row !== undefined)
  const counts = { pass: 0, fail: 0, error: 0 }
  for (const row of graded) counts[row.status]++
  return {
    exercise: { id: exercise.id, title: exercise.title },
    engine: options.engineLabel,
    python,
    jobs: options.engines.length,
    graded: graded.length,
    counts,
    ms: round(ms),
    bootMs: round(options.bootMs),
    gradesPerSecond: graded.length ? round((graded.length / ms) * 1000) : 0,
    latencyMs: { p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)) },
    submissions: graded,
  }
}

export function percentile(values: readonly number[], fraction: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
