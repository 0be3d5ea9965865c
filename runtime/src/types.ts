/**
 * The contracts every part of LoopLab relies on: what a run is asked to do (RunRequest), what it
 * produced (RunResult), and what a grade says (GradeResult). Schemas are zod `.strict()` so a
 * shape drifting at any boundary (worker message, CLI JSON, HTTP body) fails loudly.
 */
import { z } from 'zod'

export const runStatuses = [
  'ok',
  'error',
  'deadlock',
  'time-limit',
  'output-limit',
  'interrupted',
] as const
export const RunStatusSchema = z.enum(runStatuses)
export type RunStatus = z.infer<typeof RunStatusSchema>

export const OutputEventSchema = z
  .object({
    t: z.number().describe('virtual seconds since the run started'),
    stream: z.enum(['stdout', 'stderr']),
    text: z.string(),
    task: z.number().int().optional().describe('the Task-N that wrote it, when a task was running'),
  })
  .strict()
export type OutputEvent = z.infer<typeof OutputEventSchema>

export const timelineKinds = [
  'created',
  'running',
  'waiting',
  'done',
  'cancelled',
  'failed',
] as const
export const TimelineEventSchema = z
  .object({
    t: z.number().describe('virtual seconds'),
    task: z.number().int().describe('N of Task-N; stable for the run'),
    kind: z
      .enum(timelineKinds)
      .describe(
        'created: task made; running: a step starts; waiting: the step ended suspended on `waitingFor`; done/cancelled/failed: it finished',
      ),
    name: z.string().optional().describe('task name, on created (and after set_name)'),
    parent: z.number().int().nullable().optional().describe('task that created it, on created'),
    coro: z.string().optional().describe('coroutine qualname, on created'),
    waitingFor: z
      .string()
      .optional()
      .describe(
        'what the task awaits, in words: "sleep(1)", "Task-3", "Queue.get()", "Event.wait()"',
      ),
    line: z.number().int().optional().describe("line in the learner's entry file"),
    detail: z.string().optional().describe('failed: "ValueError: boom"; done: repr of the result'),
  })
  .strict()
export type TimelineEvent = z.infer<typeof TimelineEventSchema>

export const DiagnosticSchema = z
  .object({
    code: z.string().describe('stable kebab-case id, e.g. "coroutine-never-awaited"'),
    message: z.string().describe('plain words for a learner'),
    line: z.number().int().optional(),
  })
  .strict()
export type Diagnostic = z.infer<typeof DiagnosticSchema>

/** Why LoopLab, not the program, ended a run (docs/architecture.md, "The shapes"). */
export const stopReasons = [
  'deadlock',
  'time-limit',
  'output-limit',
  'interrupted',
  'memory-limit',
  'engine-failure',
] as const
export const RunStopSchema = z
  .object({
    reason: z.enum(stopReasons),
    note: z
      .string()
      .describe("LoopLab's explanation in plain words; stderr ends with exactly this text"),
    detail: z.string().optional().describe('engine-failure: what failed, for a log'),
  })
  .strict()
export type RunStop = z.infer<typeof RunStopSchema>

export const RunResultSchema = z
  .object({
    status: RunStatusSchema,
    exitCode: z.number().int().describe('what `python file.py` would exit with'),
    stdout: z.string(),
    stderr: z.string().describe('tracebacks without harness frames'),
    events: z.array(OutputEventSchema),
    virtualSeconds: z.number(),
    wallMs: z.number().describe('the run itself, engine boot excluded'),
    timeline: z.array(TimelineEventSchema),
    diagnostics: z.array(DiagnosticSchema),
    python: z.string().describe('e.g. "3.14.2 (pyodide)"'),
    stopped: RunStopSchema.optional().describe(
      'present when LoopLab ended the run (a limit, a deadlock, an interrupt, a failure of its own)',
    ),
  })
  .strict()
export type RunResult = z.infer<typeof RunResultSchema>

export const RunLimitsSchema = z
  .object({
    virtualSeconds: z.number().positive().default(3600),
    wallMs: z.number().positive().default(5000),
    outputBytes: z
      .number()
      .int()
      .positive()
      .default(1024 * 1024),
  })
  .strict()
export type RunLimits = z.infer<typeof RunLimitsSchema>

/** Files of a program: path relative to the program's folder → source text. */
export const ProgramFilesSchema = z.record(z.string().min(1), z.string())
export type ProgramFiles = z.infer<typeof ProgramFilesSchema>

/** One page of the simulated web a lesson adds (the fixture hosts are in the harness). */
export const SimulatedPageSchema = z
  .object({
    status: z.number().int().min(100).max(599).optional().describe('HTTP status, default 200'),
    body: z.unknown().describe('text (served as text/html) or any JSON value (application/json)'),
    contentType: z.string().optional(),
    latency: z.number().nonnegative().optional().describe('virtual seconds before it answers'),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict()
export type SimulatedPage = z.infer<typeof SimulatedPageSchema>

/** "/a/b": absolute, no empty, "." or ".." part, no NUL (the harness checks the same). */
const absolutePath = z.string().refine(
  (path) =>
    path === '/' ||
    (path.startsWith('/') &&
      !path.includes('\0') &&
      path
        .slice(1)
        .split('/')
        .every((part) => part !== '' && part !== '.' && part !== '..')),
  'a normalised absolute path',
)

/** `looplab run FILE` (runtime/python/PROTOCOL.md, "What a program sees"). */
export const ProgramLocationSchema = z
  .object({
    folder: absolutePath.describe("the entry's folder, as an absolute path"),
    cwd: absolutePath.describe("the caller's working folder"),
    argv0: z.string().min(1).describe('FILE as typed (sys.argv[0])'),
  })
  .strict()
export type ProgramLocation = z.infer<typeof ProgramLocationSchema>

export const RunOptionsSchema = z
  .object({
    entry: z.string().default('main.py').describe('file to run, a key of files'),
    limits: RunLimitsSchema.partial().optional(),
    realtime: z.boolean().optional().describe('real clock instead of virtual time (cpython only)'),
    argv: z.array(z.string()).optional(),
    stdin: z.string().optional(),
    web: z
      .record(z.string().url(), SimulatedPageSchema)
      .optional()
      .describe('extra pages of the simulated web, by URL (runtime/python/PROTOCOL.md)'),
    location: ProgramLocationSchema.optional().describe(
      'where `python FILE` would find the program (`looplab run`); runs without it are in a fresh folder',
    ),
  })
  .strict()
export type RunOptions = z.input<typeof RunOptionsSchema>

export const gradeStatuses = ['pass', 'fail', 'error'] as const
export const GradeTestSchema = z
  .object({
    name: z.string(),
    status: z.enum(gradeStatuses),
    message: z.string().optional(),
    output: z.string().max(500).optional(),
    test_code: z.string().optional(),
    task_id: z.number().int().optional(),
  })
  .strict()
export type GradeTest = z.infer<typeof GradeTestSchema>

/** Exercism's test-runner interface, version 3. */
export const GradeResultSchema = z
  .object({
    version: z.literal(3),
    status: z.enum(gradeStatuses),
    message: z.string().nullable(),
    tests: z.array(GradeTestSchema),
  })
  .strict()
export type GradeResult = z.infer<typeof GradeResultSchema>
