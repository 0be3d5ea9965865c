/**
 * The server's grading (SECURITY.md): learner code runs in sandboxed processes, one learner per
 * process (runner-pool.ts); grades are computed by a judge — a Pyodide in this process that never
 * runs learner code — from what those processes observed. Started on first use and kept on
 * globalThis, so a dev server's reloads reuse it; stopped with the server.
 */
import type { GradeRequestData, GradeResult, Judge } from '@looplab/runtime'
import { gradeSubmission } from '@looplab/runtime'
import type { Isolation } from '@looplab/runtime/sandbox'
import { GraderUnavailableError, RunnerPool, type PoolStats, type StartRunner } from './runner-pool'
import { gradingSettings, type GradingSettings } from './settings'

export { GraderUnavailableError, PoolSaturatedError } from './runner-pool'

export type GradingService = {
  grade(learner: string, exercise: GradeRequestData, code: string): Promise<GradeResult>
  stats(): PoolStats
  close(): Promise<void>
}

type Holder = { starting: Promise<GradingService> | null }
const holder = ((globalThis as { __looplabGrading?: Holder }).__looplabGrading ??= {
  starting: null,
})

/**
 * The runtime's Node engines find their workers and harness beside their own files, and start
 * them by path: they must load from node_modules as they are, never through the server bundle
 * (which would follow the workers' dynamic imports and trace the whole project).
 */
const nodeEngines = () =>
  import(/* turbopackIgnore: true */ /* webpackIgnore: true */ '@looplab/runtime/engines/node')
const sandbox = () =>
  import(/* turbopackIgnore: true */ /* webpackIgnore: true */ '@looplab/runtime/sandbox')

/** How the service starts a runner process: the real sandboxed one, or (in tests) another. */
export type RunnerStarter = (settings: GradingSettings) => Promise<StartRunner>

const sandboxedRunners: RunnerStarter = async (settings) => {
  const { chooseIsolation, runnerPaths, SandboxedEngine } = await sandbox()
  let isolation: Isolation
  try {
    // No network isolation, no grading: unless LOOPLAB_ALLOW_UNISOLATED=1 says otherwise.
    isolation = chooseIsolation({ requireIsolation: true })
  } catch (error) {
    throw new GraderUnavailableError(error instanceof Error ? error.message : String(error))
  }
  const paths = await runnerPaths()
  return async () => {
    const engine = new SandboxedEngine(isolation, paths, settings.sandbox)
    await engine.boot()
    return engine
  }
}

export async function createGradingService(
  runners: RunnerStarter = sandboxedRunners,
  settings: GradingSettings = gradingSettings(),
): Promise<GradingService> {
  const { createPyodideNodeEngine } = await nodeEngines()
  const [start, judge] = await Promise.all([runners(settings), createPyodideNodeEngine()])
  const pool = new RunnerPool(start, settings.pool)
  await pool.warm().catch(async (error: unknown) => {
    await Promise.all([pool.close(), judge.dispose()])
    throw error
  })
  const service: GradingService = {
    grade: (learner, exercise, code) =>
      pool.lease(learner, (runner) =>
        gradeSubmission(runner, judge as Judge, exercise, code, {
          limits: { wallMs: settings.jobMs },
        }),
      ),
    stats: () => pool.stats(),
    close: async () => {
      await Promise.all([pool.close(), judge.dispose()])
    },
  }
  return service
}

async function startService(): Promise<GradingService> {
  const service = await createGradingService()
  // close() kills the processes; 'exit' is enough (a SIGTERM listener would keep the signal from
  // ending the server; Next exits on it and 'exit' follows).
  process.once('exit', () => void service.close())
  return service
}

export function getGradingService(): Promise<GradingService> {
  holder.starting ??= startService().catch((error: unknown) => {
    holder.starting = null // a later request tries again
    throw error
  })
  return holder.starting
}

export async function stopGradingService(): Promise<void> {
  const starting = holder.starting
  holder.starting = null
  if (starting) await (await starting.catch(() => null))?.close()
}
