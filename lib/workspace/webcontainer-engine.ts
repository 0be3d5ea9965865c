/**
 * The runtime's Engine interface over a booted WebContainer: a run writes the program's files into
 * the workspace's folder and spawns `looplab run FILE --json` there — our runtime, on Pyodide, in
 * the container's Node — and answers the same RunResult an in-page run does, so the output panel,
 * the lesson diff and the timeline work unchanged (docs/architecture.md, "Engines").
 */
import type { Engine, Observed, ProgramFiles, RunOptions } from '@looplab/runtime'
import { runSpawn, type SpawnSpec } from './commands'
import type { Container, ContainerProcess } from './container-port'
import { checkLearnerPath, workspaceFolder } from './paths'
import { drain, failedRun, parseTerminalRun, stoppedRun } from './run-output'

export type WebContainerEngineOptions = {
  container: Container
  workspace: string
  /** Each chunk the run's process writes to its terminal, as it comes. */
  onOutput?(chunk: string): void
}

export type WebContainerEngine = Engine & {
  readonly kind: 'webcontainer'
  /** The command a run of `entry` spawns (the contract test runs this same one under Node). */
  spawnFor(entry: string, options?: RunOptions): SpawnSpec
}

function parentOf(path: string): string | null {
  const cut = path.lastIndexOf('/')
  return cut === -1 ? null : path.slice(0, cut)
}

export function createWebContainerEngine(options: WebContainerEngineOptions): WebContainerEngine {
  const { container, workspace } = options
  const folder = workspaceFolder(workspace)
  let current: { process: ContainerProcess; interrupted: boolean } | null = null
  let disposed = false

  const spawnFor = (entry: string, runOptions: RunOptions = {}): SpawnSpec => {
    const wallMs = runOptions.limits?.wallMs
    return runSpawn(workspace, entry, {
      argv: runOptions.argv,
      timeLimitS: wallMs === undefined ? undefined : wallMs / 1000,
    })
  }

  async function writeFiles(files: ProgramFiles): Promise<void> {
    for (const [path, text] of Object.entries(files)) {
      const parent = parentOf(checkLearnerPath(path))
      if (parent) await container.fs.mkdir(`${folder}/${parent}`, { recursive: true })
      await container.fs.writeFile(`${folder}/${path}`, text)
    }
  }

  /** What a workspace cannot do that an in-page run can; null when the run is possible. */
  function unsupported(runOptions: RunOptions): string | null {
    if (runOptions.realtime) return 'realtime runs need CPython, and a workspace runs Pyodide'
    if (runOptions.web && Object.keys(runOptions.web).length) {
      return 'the lesson’s simulated web pages are served only to in-page runs'
    }
    return null
  }

  return {
    kind: 'webcontainer',
    name: 'pyodide-node',
    spawnFor,

    async run(files, runOptions = {}) {
      if (disposed) return failedRun('the workspace was closed')
      if (current) return failedRun('another program is still running in this workspace')
      const refusal = unsupported(runOptions)
      if (refusal) return failedRun(refusal)
      const entry = runOptions.entry ?? 'main.py'
      if (!(entry in files)) return failedRun(`there is no ${entry} to run`)
      let spec: SpawnSpec
      let process: ContainerProcess
      try {
        await writeFiles(files)
        spec = spawnFor(entry, runOptions)
        process = await container.spawn(spec.command, spec.args, { cwd: spec.cwd })
      } catch (error) {
        return failedRun(`starting looplab failed (${(error as Error).message})`)
      }
      const run = { process, interrupted: false }
      current = run
      try {
        const writer = process.input.getWriter()
        // The CLI reads stdin to its end when it is not a terminal: always close it.
        if (runOptions.stdin) await writer.write(runOptions.stdin)
        await writer.close().catch(() => undefined)
        const [text, exitCode] = await Promise.all([
          drain(process.output, options.onOutput),
          process.exit,
        ])
        if (run.interrupted) return stoppedRun()
        return parseTerminalRun(text, exitCode)
      } catch (error) {
        if (run.interrupted) return stoppedRun()
        return failedRun(`the process failed (${(error as Error).message})`)
      } finally {
        current = null
      }
    },

    async observe(): Promise<Observed> {
      // The CLI has no "observe" command, and grading belongs to `looplab grade`, which the
      // workspace's terminal runs: Check on the page keeps grading in the page.
      const run = failedRun(
        'grading runs in the terminal here: looplab grade EXERCISE main.py (Check grades in the page)',
      )
      return { kind: 'failed', run, timedOut: false, wallMs: 0 }
    },

    interrupt() {
      if (!current) return
      current.interrupted = true
      current.process.kill()
    },

    async dispose() {
      disposed = true
      if (current) {
        current.interrupted = true
        current.process.kill()
      }
    },
  }
}
