/** Storing graded submissions and reading a learner's progress back from them. */
import { and, asc, count, eq, max, min, sql } from 'drizzle-orm'
import type { GradeResult } from '@looplab/runtime'
import type { Database } from './open'
import { learners, submissions } from './schema'
import { storableJson, storableText } from './storable-text'

export type NewSubmission = {
  learnerId: string
  exerciseId: string
  code: string
  grade: GradeResult
}

/**
 * Stores one graded submission (and its learner, first time seen); returns its id. One statement
 * — the learner upsert rides along as a CTE — because every grade pays for it: on PGlite that is a
 * quarter of the cost of a two-statement transaction.
 */
export async function recordSubmission(db: Database, entry: NewSubmission): Promise<number> {
  const result = await db.execute<{ id: number | string }>(sql`
    with learner as (
      insert into ${learners} (id) values (${entry.learnerId})
      on conflict (id) do update set last_seen_at = now()
    )
    insert into ${submissions} (learner_id, exercise_id, code, status, grade)
    values (${entry.learnerId}, ${entry.exerciseId}, ${storableText(entry.code)},
            ${entry.grade.status}, ${storableJson(entry.grade)}::jsonb)
    returning id`)
  const id = (result as unknown as { rows: { id: number | string }[] }).rows[0]?.id
  if (id === undefined) throw new Error('the database stored no submission row')
  return Number(id)
}

export type ExerciseProgress = {
  exercise: string
  attempts: number
  passed: boolean
  /** ISO time of the first passing submission, or null. */
  completedAt: string | null
  lastAttemptAt: string
}

export async function learnerProgress(
  db: Database,
  learnerId: string,
): Promise<ExerciseProgress[]> {
  const firstPass = min(
    sql<Date | string>`case when ${submissions.status} = 'pass' then ${submissions.createdAt} end`,
  )
  const rows = await db
    .select({
      exercise: submissions.exerciseId,
      attempts: count(),
      completedAt: firstPass,
      lastAttemptAt: max(submissions.createdAt),
    })
    .from(submissions)
    .where(eq(submissions.learnerId, learnerId))
    .groupBy(submissions.exerciseId)
    .orderBy(asc(submissions.exerciseId))
  return rows.map((row) => ({
    exercise: row.exercise,
    attempts: Number(row.attempts),
    passed: row.completedAt !== null,
    completedAt: toIso(row.completedAt),
    lastAttemptAt: toIso(row.lastAttemptAt) ?? new Date(0).toISOString(),
  }))
}

/** A learner's submissions for one exercise, newest first (tests and support). */
export async function submissionsFor(db: Database, learnerId: string, exerciseId: string) {
  return db
    .select()
    .from(submissions)
    .where(and(eq(submissions.learnerId, learnerId), eq(submissions.exerciseId, exerciseId)))
    .orderBy(sql`${submissions.id} desc`)
}

function toIso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return (value instanceof Date ? value : new Date(value)).toISOString()
}
