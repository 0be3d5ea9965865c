/**
 * An Engine that gives every job a sandboxed process of its own, thrown away afterwards: what
 * `looplab grade DIR` uses, since each submission there is another student's and no two may share
 * a process (SECURITY.md, layer 1). From the second job on, the next process boots while the
 * current job runs, so a batch pays a boot per submission in CPU, not in waiting (and a single job
 * boots exactly one).
 */
import type { Engine } from '../engine'
import type { Observed } from '../grade/observe-request'
import type { ProgramFiles, RunOptions, RunResult } from '../types'
import type { SandboxedEngine } from './sandboxed-engine'

export class FreshProcessEngine implements Engine {
  readonly name = 'pyodide-node' as const
  private spare: Promise<SandboxedEngine> | null = null
  private current: SandboxedEngine | null = null
  private disposed = false
  private jobs = 0

  constructor(private readonly start: () => Promise<SandboxedEngine>) {}

  run(files: ProgramFiles, options?: RunOptions): Promise<RunResult> {
    return this.once((engine) => engine.run(files, options))
  }

  observe(files: ProgramFiles, probes: string | null, options?: RunOptions): Promise<Observed> {
    return this.once((engine) => engine.observe(files, probes, options))
  }

  interrupt(): void {
    this.current?.interrupt()
  }

  async dispose(): Promise<void> {
    this.disposed = true
    const spare = this.spare
    this.spare = null
    await Promise.all([
      this.current?.dispose(),
      spare?.then((engine) => engine.dispose()).catch(() => undefined),
    ])
  }

  private prepare(): void {
    if (this.disposed) return
    this.spare = this.start()
    this.spare.catch(() => undefined) // observed when it is taken
  }

  private async once<T>(job: (engine: SandboxedEngine) => Promise<T>): Promise<T> {
    const taking = this.spare ?? this.start()
    this.spare = null
    const engine = await taking
    if (++this.jobs > 1) this.prepare()
    this.current = engine
    try {
      return await job(engine)
    } finally {
      if (this.current === engine) this.current = null
      await engine.dispose()
    }
  }
}
