/**
 * Where the CLI and `looplab verify` get the two kinds of interpreter grading needs (README.md,
 * "Two interpreters"): runners, which run learner code, and a judge, a separate engine instance
 * that never receives anything but judge requests. The one place to swap the runner for a
 * sandboxed process: startRunner. Node only (it reaches the Node engines).
 */
import { createEngine } from '../create-engine'
import type { Engine, Judge } from '../engine'

export type GradingEngineName = 'pyodide-node' | 'cpython'

export type RunnerOptions = {
  python?: string
  /** The course's own content (looplab verify): one warm engine, no sandbox. Never for
   *  submissions. */
  trusted?: boolean
}

/** An engine that runs learner code: observe() only, its answers checked by the judge. Unless
 *  trusted, every job gets a sandboxed process of its own (SECURITY.md). */
export async function startRunner(
  name: GradingEngineName,
  options: RunnerOptions = {},
): Promise<Engine> {
  const { chooseIsolation, createSandboxedEngine, FreshProcessEngine, insideWebContainer } =
    await import('../sandbox')
  // In a WebContainer the learner's own tab is the sandbox (sandbox/webcontainer.ts).
  if (options.trusted || (name === 'pyodide-node' && insideWebContainer())) {
    return createEngine(name, options)
  }
  let warned = false
  const sandbox = {
    onUnisolated: (reason: string) => {
      if (!warned) process.stderr.write(unisolatedWarning(reason))
      warned = true
    },
  }
  if (name === 'cpython') {
    // python3 runs one process per job already; each now starts inside the sandbox.
    const { createCpythonEngine } = await import('../engines/cpython/engine')
    return createCpythonEngine({ python: options.python, isolation: chooseIsolation(sandbox) })
  }
  // One job per process: warming Python up first would cost more than it saves.
  return new FreshProcessEngine(() =>
    createSandboxedEngine({ ...sandbox, limits: { warmUp: false } }),
  )
}

/** A judge of its own: a separate interpreter, never handed learner code to run. */
export async function startJudge(
  name: GradingEngineName,
  options: { python?: string } = {},
): Promise<Judge> {
  return name === 'cpython'
    ? (await import('../engines/cpython/engine')).createCpythonEngine({ python: options.python })
    : (await import('../engines/pyodide-node/engine')).createPyodideNodeEngine()
}

export type GradingEngines = {
  runners: Engine[]
  judge: Judge
  dispose(): Promise<void>
}

/** `runners` engines that run learner code (one grade at a time each) and one judge they share. */
export async function startGradingEngines(
  name: GradingEngineName,
  runners = 1,
  options: RunnerOptions = {},
): Promise<GradingEngines> {
  const started = await Promise.allSettled([
    startJudge(name, options),
    ...Array.from({ length: runners }, () => startRunner(name, options)),
  ])
  const ready = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  const dispose = async () => void (await Promise.all(ready.map((engine) => engine.dispose())))
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) {
    await dispose()
    throw failed.reason
  }
  const [judge, ...engines] = ready as [Judge, ...Engine[]]
  return { runners: engines, judge, dispose }
}

function unisolatedWarning(reason: string): string {
  return (
    `looplab: warning: submissions run without network isolation here (${reason}); files, ` +
    'processes and the environment are still closed to them.\n'
  )
}
