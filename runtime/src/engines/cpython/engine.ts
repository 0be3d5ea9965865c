/**
 * `cpython`: the machine's python3 running the same harness, one process per run — the oracle the
 * differential tests compare Pyodide with. `realtime` runs on the real clock. Stop and the
 * wall-clock limit send SIGINT (KeyboardInterrupt), then SIGKILL if the program ignores it.
 */
import { join } from 'node:path'
import type { Engine, Judge } from '../../engine'
import { judgeFailedRun, parseJudgeAnswer, prepareJudge } from '../../grade/judge-request'
import type { JudgeRequest } from '../../grade/observation'
import {
  observeFailed,
  parseObservation,
  prepareObserve,
  type Observed,
} from '../../grade/observe-request'
import type { GradeResult, ProgramFiles, RunOptions, RunResult } from '../../types'
import { runtimePackageRoot } from '../../node/package-root'
import { prepareRun } from '../harness-request'
import { asWallTimeLimit, engineFailure, forcedStopResult, parseHarnessResult } from '../results'
import { startHarnessProcess, type HarnessProcess, type ProcessOutcome } from './harness-process'
import { findPython, type PythonCommand } from './python-command'
import type { Isolation } from '../../sandbox/isolation'

export type CpythonOptions = {
  python?: string
  graceMs?: number
  /** Run every python3 in this OS sandbox: for learner code (SECURITY.md). */
  isolation?: Isolation
}

/** The wall-clock limit is the program's: python3 and the harness get this long to start first
 *  (~0.1 s on an idle machine, seconds on a saturated one). */
const startupAllowanceMs = 2000

type Stoppable = { stop(byTimer: boolean): void; kill(): void }
type Call = {
  outcome: ProcessOutcome
  run: { timedOut: boolean; stopped: boolean; killed: boolean; wallLimitMs: number; wallMs: number }
}

/** Every request is a python3 process of its own: one instance can serve as the Engine that runs
 *  learner code and as the Judge, since no judge request shares a process with a program. */
export class CpythonEngine implements Engine, Judge {
  readonly name = 'cpython' as const
  private readonly running = new Set<Stoppable>()
  private readonly harness = join(runtimePackageRoot(), 'python', 'looplab_cpython.py')

  constructor(
    private readonly python: PythonCommand,
    private readonly graceMs = 1000,
    private readonly isolation: Isolation | null = null,
  ) {}

  async run(files: ProgramFiles, options?: RunOptions): Promise<RunResult> {
    const prepared = prepareRun(files, options)
    // On the real clock the virtual-time limit is the real one, unless a wall limit was given.
    const wallLimitMs =
      prepared.request.realtime && options?.limits?.wallMs === undefined
        ? prepared.request.limits.virtualSeconds * 1000
        : prepared.wallMs
    const { outcome, run } = await this.call(prepared.request, wallLimitMs)
    return this.toResult(outcome, run)
  }

  async observe(
    files: ProgramFiles,
    probes: string | null,
    options?: RunOptions,
  ): Promise<Observed> {
    const prepared = prepareObserve(files, probes, options)
    const { outcome, run } = await this.call(prepared.request, prepared.wallMs)
    const stop = { timedOut: run.timedOut, wallMs: run.wallLimitMs }
    if (outcome.spawnError || run.killed || !outcome.resultJson.trim()) {
      return observeFailed(this.toResult(outcome, run), stop)
    }
    return parseObservation(outcome.resultJson, this.python.label, stop)
  }

  async judge(request: JudgeRequest): Promise<GradeResult> {
    const prepared = prepareJudge(request)
    const { outcome, run } = await this.call(prepared.request, prepared.wallMs)
    const stop = { timedOut: run.timedOut, wallMs: run.wallLimitMs }
    if (outcome.spawnError || run.killed || !outcome.resultJson.trim()) {
      return judgeFailedRun(this.toResult(outcome, run), stop)
    }
    return parseJudgeAnswer(outcome.resultJson, stop)
  }

  /** One harness process for one request, under the wall-clock limit. */
  private async call(request: object, wallLimitMs: number): Promise<Call> {
    const started = performance.now()
    const child = startHarnessProcess(
      this.python,
      this.harness,
      JSON.stringify(request),
      this.isolation,
    )
    const state = { timedOut: false, stopped: false, killed: false }
    const timers: ReturnType<typeof setTimeout>[] = []
    const handle = this.stopper(child, state, timers)
    this.running.add(handle)
    timers.push(setTimeout(() => handle.stop(true), wallLimitMs + startupAllowanceMs))
    try {
      const outcome = await child.outcome
      const wallMs = Math.round((performance.now() - started) * 1000) / 1000
      return { outcome, run: { ...state, wallLimitMs, wallMs } }
    } finally {
      for (const timer of timers) clearTimeout(timer)
      this.running.delete(handle)
    }
  }

  interrupt(): void {
    for (const run of this.running) run.stop(false)
  }

  async dispose(): Promise<void> {
    for (const run of this.running) run.kill()
  }

  private stopper(
    child: HarnessProcess,
    state: { timedOut: boolean; stopped: boolean; killed: boolean },
    timers: ReturnType<typeof setTimeout>[],
  ): Stoppable {
    let stopping = false
    const kill = () => {
      state.killed = true
      child.signal('SIGKILL')
    }
    return {
      kill,
      stop: (byTimer) => {
        if (stopping || child.exited()) return
        stopping = true
        state.timedOut = byTimer
        state.stopped = true
        child.signal('SIGINT')
        timers.push(setTimeout(kill, this.graceMs))
      },
    }
  }

  private toResult(outcome: ProcessOutcome, run: Call['run']): RunResult {
    const label = this.python.label
    if (outcome.spawnError) {
      return engineFailure(
        `${this.python.executable} could not start (${outcome.spawnError.message})`,
        label,
      )
    }
    if (run.killed) return forcedStopResult(label, { ...run, reason: 'ignored' })
    if (run.stopped && !outcome.resultJson.trim()) {
      // SIGINT (the wall-clock limit, or Stop) landed before the harness took over: python3 was
      // still starting.
      return forcedStopResult(label, { ...run, reason: 'still-starting' })
    }
    if (outcome.resultJson.trim()) {
      const result = parseHarnessResult(outcome.resultJson, label)
      return run.timedOut ? asWallTimeLimit(result, run.wallLimitMs) : result
    }
    const how = outcome.signal ? `signal ${outcome.signal}` : `exit code ${outcome.code}`
    const detail = outcome.stray.trim().split('\n').slice(-3).join(' / ')
    const reason = `python3 ended (${how}) without a result${detail ? `: ${detail}` : ''}`
    return engineFailure(reason, label, { wallMs: run.wallMs })
  }
}

export async function createCpythonEngine(options: CpythonOptions = {}): Promise<CpythonEngine> {
  return new CpythonEngine(await findPython(options.python), options.graceMs, options.isolation)
}
