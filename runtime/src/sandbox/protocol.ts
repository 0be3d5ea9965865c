/**
 * Every message between a sandboxed runner process and its parent (one JSON document per line on
 * fd 3). What the child sends is validated strictly: after its first job the child belongs to the
 * attacker (SECURITY.md), so an answer must carry the token of the job in progress — a random
 * 128-bit value the child learns only with that job — and have exactly the expected shape.
 */
import { z } from 'zod'
import { ObservationSchema } from '../grade/observation'
import { ProgramFilesSchema, RunOptionsSchema, RunResultSchema } from '../types'

export const TokenSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a job token is 32 hex digits')

export const JobSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('run'), files: ProgramFilesSchema, options: RunOptionsSchema })
    .strict(),
  z
    .object({
      kind: z.literal('observe'),
      files: ProgramFilesSchema,
      probes: z.string().min(1).nullable(),
      options: RunOptionsSchema,
    })
    .strict(),
])
export type Job = z.infer<typeof JobSchema>

/** Engine.observe's answer (grade/observe-request.ts), as the parent takes it from the child. */
const StopSchema = { timedOut: z.boolean(), wallMs: z.number().nonnegative() }
export const ObservedSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('observed'), observation: ObservationSchema, ...StopSchema }).strict(),
  z.object({ kind: z.literal('failed'), run: RunResultSchema, ...StopSchema }).strict(),
])

export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('run'), result: RunResultSchema }).strict(),
  z.object({ kind: z.literal('observe'), observed: ObservedSchema }).strict(),
])
export type Answer = z.infer<typeof AnswerSchema>

export const ToRunnerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), token: TokenSchema, job: JobSchema }).strict(),
  z.object({ type: z.literal('stop'), token: TokenSchema }).strict(),
])
export type ToRunner = z.infer<typeof ToRunnerSchema>

const BootPhasesSchema = z.record(z.string().max(40), z.number().nonnegative()).optional()

export const FromRunnerSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('ready'),
      python: z.string().max(100),
      bootMs: z.number().nonnegative(),
      mode: z.enum(['normal', 'snapshot', 'made-snapshot']),
      note: z.string().max(2000).optional(),
      phases: BootPhasesSchema,
    })
    .strict(),
  z.object({ type: z.literal('boot-failed'), message: z.string().max(4000) }).strict(),
  z.object({ type: z.literal('answer'), token: TokenSchema, answer: AnswerSchema }).strict(),
])
export type FromRunner = z.infer<typeof FromRunnerSchema>

/** Largest message either side sends: a job's files, or results within the output caps (JSON escaping can multiply their size). */
export const maxMessageBytes = 64 * 1024 * 1024
