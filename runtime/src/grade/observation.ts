/**
 * What the interpreter that runs a learner's code reports (an Observation), and what the judge is
 * asked (a JudgeRequest): runtime/python/PROTOCOL.md, "Observe and judge requests". Everything in
 * an Observation is the attacker's data until the judge has validated it, so every shape is strict
 * and every size bounded: a record too big or shaped wrong is refused here, before any judge reads it.
 */
import { z } from 'zod'
import {
  DiagnosticSchema,
  GradeResultSchema,
  OutputEventSchema,
  ProgramFilesSchema,
  RunResultSchema,
  RunStatusSchema,
  TimelineEventSchema,
} from '../types'

/** Characters of stdout, stderr, one output event or one message. */
const maxText = 16 * 1024 * 1024
/** The harness's own cap on timeline events (tasks.py). */
const maxTimeline = 20_000
const maxEvents = 1_000_000
const maxDiagnostics = 10_000
const maxProbes = 64
const maxNames = 64
/** Encoded values: the runner's encoder stops at these (observing/encode.py). */
export const encodedLimits = {
  depth: 20,
  nodes: 10_000,
  stringBytes: 64 * 1024,
  repr: 200,
} as const

const text = z.string().max(maxText)

/** A RunResult whose sizes are bounded: the runner's record of one run. */
export const BoundedRunResultSchema = RunResultSchema.extend({
  stdout: text,
  stderr: text,
  events: z
    .array(OutputEventSchema.extend({ text }))
    .max(maxEvents)
    .describe('output as written, in order'),
  timeline: z.array(TimelineEventSchema).max(maxTimeline).describe("each task's life, in order"),
  diagnostics: z.array(DiagnosticSchema).max(maxDiagnostics).describe('pitfalls the runtime saw'),
}).describe("the record of one run, exactly as a run request's answer")

export const ObservedExceptionSchema = z
  .object({
    type: text.describe('the class name, e.g. "ConnectionError"'),
    names: z
      .array(text)
      .min(1)
      .max(maxNames)
      .describe('the class names of its MRO, most derived first, ending with "object"'),
    message: text.describe('str() of the exception'),
  })
  .strict()
  .describe('an exception, as its class names and message')
export type ObservedException = z.infer<typeof ObservedExceptionSchema>

/**
 * A value a scenario returned, as plain JSON (PROTOCOL.md, "Encoded values"): null, booleans, ints
 * up to 2**53, strings and arrays as they are; anything else one object with one `$` tag.
 */
export type Encoded =
  | null
  | boolean
  | number
  | string
  | Encoded[]
  | { $int: string }
  | { $float: string }
  | { $tuple: Encoded[] }
  | { $dict: { [key: string]: Encoded } }
  | { $map: [Encoded, Encoded][] }
  | { $set: Encoded[] }
  | { $frozenset: Encoded[] }
  | { $exception: ObservedException }
  | { $repr: string; $type: string }

export const EncodedSchema = z
  .custom<Encoded>((value) => encodedProblem(value) === null, {
    error: (issue) => `not an encoded value: ${encodedProblem(issue.input) ?? 'malformed'}`,
  })
  .describe('a value a scenario returned, in the tagged Encoded scheme')

const listTags = new Set(['$tuple', '$set', '$frozenset'])

/** Why `value` is not an Encoded value within its bounds (null if it is). Iterative: an attacker's
 *  deep nesting cannot exhaust the stack here. */
export function encodedProblem(value: unknown): string | null {
  const pending: [unknown, number][] = [[value, 0]]
  let nodes = 0
  const utf8 = new TextEncoder()
  while (pending.length) {
    const [item, depth] = pending.pop()!
    if (++nodes > encodedLimits.nodes) return `more than ${encodedLimits.nodes} values`
    if (depth > encodedLimits.depth + 1) return `deeper than ${encodedLimits.depth} levels`
    if (item === null || typeof item === 'boolean') continue
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'a number that is not finite'
      continue
    }
    if (typeof item === 'string') {
      if (item.length > encodedLimits.stringBytes) return 'a string over 64 KiB'
      if (utf8.encode(item).length > encodedLimits.stringBytes) return 'a string over 64 KiB'
      continue
    }
    if (Array.isArray(item)) {
      for (const inner of item) pending.push([inner, depth + 1])
      continue
    }
    if (typeof item !== 'object') return `a value of type ${typeof item}`
    const entries = Object.entries(item)
    const keys = entries.map(([key]) => key).sort()
    if (keys.join() === '$repr,$type') {
      const { $repr, $type } = item as Record<string, unknown>
      if (typeof $repr !== 'string' || $repr.length > encodedLimits.repr) return 'a bad `$repr`'
      if (typeof $type !== 'string' || !$type || $type.length > encodedLimits.repr) {
        return 'a bad `$type`'
      }
      continue
    }
    if (entries.length !== 1) return `an object with the keys ${keys.slice(0, 4).join(', ')}`
    const [tag, inner] = entries[0]!
    if (tag === '$int' || tag === '$float') {
      if (typeof inner !== 'string' || inner.length > 4400) return `a bad \`${tag}\``
    } else if (tag === '$exception') {
      if (!ObservedExceptionSchema.safeParse(inner).success) return 'a bad `$exception`'
    } else if (tag === '$dict') {
      if (typeof inner !== 'object' || inner === null || Array.isArray(inner))
        return 'a bad `$dict`'
      for (const entry of Object.values(inner)) pending.push([entry, depth + 1])
    } else if (tag === '$map') {
      if (!Array.isArray(inner)) return 'a bad `$map`'
      for (const pair of inner) {
        if (!Array.isArray(pair) || pair.length !== 2) return 'a `$map` entry that is not a pair'
        pending.push([pair[0], depth + 1], [pair[1], depth + 1])
      }
    } else if (listTags.has(tag)) {
      if (!Array.isArray(inner)) return `a bad \`${tag}\``
      for (const entry of inner) pending.push([entry, depth + 1])
    } else {
      return `an unknown tag ${tag.slice(0, 20)}`
    }
  }
  return null
}

const taskIds = z.array(z.number().int().nonnegative()).max(maxTimeline)

export const probeOutcomes = ['ran', 'not-loaded', 'missing-name'] as const

export const ProbeObservationSchema = z
  .object({
    name: z.string().min(1).max(100).describe("the scenario's name in probes.py"),
    outcome: z
      .enum(probeOutcomes)
      .describe("ran; not-loaded: the learner's module did not run to its end; missing-name"),
    loadStatus: RunStatusSchema.nullable().describe('why the module did not load (not-loaded)'),
    missing: text.nullable().describe('the name the scenario asked for and did not find'),
    value: EncodedSchema.describe('what the scenario returned (null if it raised or was stopped)'),
    error: ObservedExceptionSchema.nullable().describe('what the scenario raised'),
    elapsed: z.number().nonnegative().describe('virtual seconds the scenario took'),
    stopped: z
      .enum(['deadlock', 'time-limit', 'output-limit'])
      .nullable()
      .describe('the scenario was stopped'),
    leftPending: taskIds.describe('task ids asyncio.run had to cancel when the scenario ended'),
    run: BoundedRunResultSchema.describe("the probe's own record: output, timeline, diagnostics"),
  })
  .strict()
export type ProbeObservation = z.infer<typeof ProbeObservationSchema>

export const ObservationSchema = z
  .object({
    run: BoundedRunResultSchema.describe("the learner's program, exactly as a run request answers"),
    uncaught: ObservedExceptionSchema.nullable().describe('the exception the program ended with'),
    leftPending: taskIds.describe('task ids asyncio.run had to cancel because main() returned'),
    probes: z
      .array(ProbeObservationSchema)
      .max(maxProbes)
      .describe("probes.py's scenarios in order, each a fresh run of the learner's files"),
    interrupted: z
      .boolean()
      .describe("the engine's interrupt stopped the program or a probe; later probes are absent"),
    probesError: text.nullable().describe('probes.py could not be loaded: its traceback'),
  })
  .strict()
  .describe('what the interpreter that ran the learner code saw; data to validate, never trust')
export type Observation = z.infer<typeof ObservationSchema>

/** What the judge is asked: the checks, the observation and the learner's files (parsed, never run). */
export const JudgeRequestSchema = z
  .object({
    checks: z.string().min(1).describe("the exercise's checks.py"),
    observation: ObservationSchema,
    files: ProgramFilesSchema.describe("the learner's files, as they were observed"),
    entry: z.string().min(1).describe('the file the observation ran, a key of files'),
  })
  .strict()
export type JudgeRequest = z.infer<typeof JudgeRequestSchema>

/** The judge's answer to a judge request. */
export const JudgeAnswerSchema = z.object({ grade: GradeResultSchema }).strict()
export type JudgeAnswer = z.infer<typeof JudgeAnswerSchema>
