/**
 * Turns `run(files, options)` into the harness request of runtime/python/PROTOCOL.md. Every engine
 * goes through here, so a program gets the same defaults whichever engine runs it.
 */
import {
  ProgramFilesSchema,
  RunLimitsSchema,
  RunOptionsSchema,
  type ProgramFiles,
  type ProgramLocation,
  type RunOptions,
  type SimulatedPage,
} from '../types'

export type HarnessRequest = {
  files: ProgramFiles
  entry: string
  argv: string[]
  stdin: string
  limits: { virtualSeconds: number; outputBytes: number }
  realtime: boolean
  /** Extra pages of the simulated web, by URL; omitted when the run adds none. */
  web?: Record<string, SimulatedPage>
  /** Where `python FILE` would find the program (`looplab run`); omitted otherwise. */
  location?: ProgramLocation
}

export type PreparedRun = {
  request: HarnessRequest
  /** The wall-clock limit, enforced by the engine (the harness only sees the interrupt). */
  wallMs: number
}

/** Throws (a caller's bug, not the program's) when files or options have the wrong shape. */
export function prepareRun(files: ProgramFiles, options: RunOptions = {}): PreparedRun {
  const parsedFiles = ProgramFilesSchema.parse(files)
  const parsed = RunOptionsSchema.parse(options)
  const limits = RunLimitsSchema.parse(parsed.limits ?? {})
  return {
    request: {
      files: parsedFiles,
      entry: parsed.entry,
      argv: parsed.argv ?? [],
      stdin: parsed.stdin ?? '',
      limits: { virtualSeconds: limits.virtualSeconds, outputBytes: limits.outputBytes },
      realtime: parsed.realtime ?? false,
      ...(parsed.web ? { web: parsed.web } : {}),
      ...(parsed.location ? { location: parsed.location } : {}),
    },
    wallMs: limits.wallMs,
  }
}
