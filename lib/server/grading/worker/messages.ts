/**
 * Every message between the grading pool and one grading process, over Node's IPC channel: a
 * discriminated union each way, so both sides switch exhaustively.
 */
import type { GradeRequestData } from '@/runtime/src/grade/types'
import type { GradeResult } from '@/runtime/src/types'

export type ToGrader = {
  type: 'grade'
  id: number
  exercise: GradeRequestData
  code: string
}

export type FromGrader =
  | { type: 'ready'; python: string; bootMs: number; fromSnapshot: boolean }
  | { type: 'boot-failed'; message: string }
  | {
      type: 'graded'
      id: number
      grade: GradeResult
      ms: number
      /** Pyodide failed fatally during this grade: replace the process. */
      retire: boolean
    }
  /** The grader itself threw (not the learner's program): the process is replaced. */
  | { type: 'failed'; id: number; message: string }
