/**
 * What `looplab verify` is made of: checks. Each check kind (examples, exercise solutions,
 * coverage; grading adds starters and wrong answers) plans its checks for the selected
 * part of the course, and every check ends as passed or failed with typed problems, so the text
 * report, `--json` and future UIs all render the same facts.
 */
import type { OutputComparison } from '../compare'
import type { Course, Lesson } from '../content/types'
import type { GradeRun } from '../grade/types'
import type { ProgramFiles, RunOptions, RunResult } from '../types'

/** The engines verify runs programs on. */
export type VerifyEngineName = 'pyodide-node' | 'cpython'

export type Problem =
  | { kind: 'status'; expected: string; actual: string }
  | { kind: 'exit-code'; expected: number; actual: number }
  /** The exception the program ended with differs from the declared `error`. */
  | { kind: 'error'; expected: string; actual: string | null }
  | { kind: 'stdout'; comparison: OutputComparison }
  /** Anything else, in words: a coverage gap, an engine that would not start. */
  | { kind: 'message'; text: string }

export type CheckOutcome = {
  problems: Problem[]
  /** The last lines of stderr of the run, when a run failed: the reason is usually there. */
  stderrTail?: string
  /** e.g. "3.11.7": which Python produced the result. */
  python?: string
  /** How long the program itself ran (engine boot and queueing excluded). */
  runMs?: number
}

export type VerifyCheck = {
  /** 'example', 'exercise-solution', 'coverage', …: groups the report and the JSON. */
  kind: string
  /** Stable and unique: `<lesson-id>#<example>@<engine>`, `exercise:<id>:solution`, …. */
  id: string
  /** What is checked, in words: 'example "three-pages" on cpython'. */
  title: string
  /** Where an author fixes a failure. */
  file: string
  line?: number
  lessonId?: string
  engine?: VerifyEngineName
  run(context: CheckContext): Promise<CheckOutcome>
}

export type CheckContext = { engines: VerifyEngines }

/** Runs programs for checks: one warm Pyodide, CPython processes with bounded parallelism. */
export type VerifyEngines = {
  run(engine: VerifyEngineName, files: ProgramFiles, options?: RunOptions): Promise<RunResult>
  /** Grades a program against an exercise: observed by the engine, judged by a separate one. */
  grade(
    engine: VerifyEngineName,
    files: ProgramFiles,
    exercise: GradedExercise,
    options?: RunOptions,
  ): Promise<GradeRun>
}

/** What grading needs of an exercise: checks.py (the judge's) and probes.py (the runner's). */
export type GradedExercise = { checks: string; probes: string | null }

/** The part of the course a verify run looks at (PATH arguments narrow it). */
export type VerifyScope = {
  course: Course
  lessons: Lesson[]
  /** Exercise ids to check (all of the selected lessons', or the one PATH points into). */
  exerciseIds: string[]
  /** True when no PATH narrowed the run: course-wide checks (coverage) run only then. */
  wholeCourse: boolean
}

/** A kind of check: how it finds its checks in the selected part of the course. */
export type CheckKind = {
  kind: string
  plan(scope: VerifyScope): VerifyCheck[] | Promise<VerifyCheck[]>
}

export type CheckResult = {
  kind: string
  id: string
  title: string
  file: string
  line?: number
  lessonId?: string
  engine?: VerifyEngineName
  passed: boolean
} & CheckOutcome

export type VerifyReport = {
  passed: number
  failed: number
  /** Wall time of the whole run, content loading and engine boots included. */
  ms: number
  timings: { loadMs: number; pyodideBootMs: number | null; runs: Record<VerifyEngineName, number> }
  pythons: Partial<Record<VerifyEngineName, string>>
  parallelism: number
  skipped: string[]
  checks: CheckResult[]
}
