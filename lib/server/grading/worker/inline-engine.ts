/**
 * An Engine that runs Pyodide on the calling thread. The grading process has no worker threads
 * (under Node's permission model a worker can be started with its own execArgv and escape the
 * sandbox), so Python runs here, and a run that never returns is the pool's to kill.
 */
import type { PyodideAPI } from 'pyodide'
import type { Engine } from '@/runtime/src/engine'
import {
  gradeFromFailedRun,
  parseHarnessGrade,
  prepareGrade,
} from '@/runtime/src/engines/grade-request'
import { prepareRun } from '@/runtime/src/engines/harness-request'
import { engineFailure, parseHarnessResult } from '@/runtime/src/engines/results'
import type { GradeRun } from '@/runtime/src/grade/types'
import type { HarnessRunner } from '@/runtime/src/engines/pyodide/host'
import { harnessRunner } from '@/runtime/src/engines/pyodide/host'
import type { ProgramFiles, RunOptions, RunResult } from '@/runtime/src/types'

const sandboxRefusal =
  'the program tried to reach the grading server itself (a shell command such as os.system, a ' +
  'file or a process outside Python), which grading does not allow'

export class InlinePyodideEngine implements Engine {
  readonly name = 'pyodide-node' as const
  /** Pyodide hit a fatal error: this process must not grade again. */
  broken = false
  private readonly runner: HarnessRunner

  constructor(py: PyodideAPI) {
    this.runner = harnessRunner(py)
  }

  get python(): string {
    return this.runner.python
  }

  async run(files: ProgramFiles, options?: RunOptions): Promise<RunResult> {
    const { request } = prepareRun(files, options)
    const answer = this.call(request)
    return 'json' in answer ? parseHarnessResult(answer.json, this.python) : answer.failure
  }

  async grade(files: ProgramFiles, checks: string, options?: RunOptions): Promise<GradeRun> {
    const { request, wallMs } = prepareGrade(files, checks, options)
    const answer = this.call(request)
    return 'json' in answer
      ? parseHarnessGrade(answer.json, this.python, { timedOut: false, wallMs })
      : gradeFromFailedRun(answer.failure)
  }

  /**
   * One harness request. The wall-clock limit is not enforced here: nothing on this thread runs
   * while Python does, so the pool's per-job deadline kills the whole process instead.
   */
  private call(request: object): { json: string } | { failure: RunResult } {
    if (this.broken) {
      return { failure: engineFailure('it stopped after an earlier fatal error', this.python) }
    }
    let json: unknown
    try {
      json = this.runner.run(JSON.stringify(request))
    } catch (error) {
      this.broken = true
      const reason = isPermissionDenial(error) ? sandboxRefusal : describe(error)
      return { failure: engineFailure(reason, this.python) }
    }
    if (typeof json === 'string') return { json }
    this.broken = true
    return { failure: engineFailure('Python stopped answering', this.python) }
  }

  interrupt(): void {}

  async dispose(): Promise<void> {}
}

function isPermissionDenial(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    code === 'ERR_ACCESS_DENIED' || /Access to this API has been restricted/.test(describe(error))
  )
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? text
}
