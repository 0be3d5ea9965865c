/**
 * What the server keeps: anonymous learners, and every graded submission. Progress is derived
 * from submissions (an exercise is complete once any submission passed), so it can never drift
 * from what was actually graded. One schema for PGlite and PostgreSQL.
 */
import { sql } from 'drizzle-orm'
import { bigserial, check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type { GradeResult } from '@looplab/runtime'

export const learners = pgTable('learners', {
  /** The random id from the learner's cookie. */
  id: text('id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
})

export const submissions = pgTable(
  'submissions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    code: text('code').notNull(),
    /** GradeResult.status, kept apart from the JSON so progress is one indexed query. */
    status: text('status', { enum: ['pass', 'fail', 'error'] }).notNull(),
    grade: jsonb('grade').$type<GradeResult>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('submissions_learner_exercise_idx').on(table.learnerId, table.exerciseId),
    index('submissions_created_at_idx').on(table.createdAt),
    check('submissions_status_check', sql`${table.status} in ('pass', 'fail', 'error')`),
  ],
)
