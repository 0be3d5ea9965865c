/**
 * The sandboxed runner's work once started (runner-main.ts): hosts a pyodide-node engine — Pyodide
 * in a worker thread, sealed, a fresh interpreter for every job — and answers one job at a time
 * over fd 3.
 */
import { Socket } from 'node:net'
import { Worker } from 'node:worker_threads'
import type { FromWorker } from '../engines/pyodide/messages'
import { PyodideWorkerEngine, type WorkerHandle } from '../engines/pyodide/worker-engine'
import { describe } from '../engines/results'
import { readLines, writeLine } from './channel'
import {
  maxMessageBytes,
  ToRunnerSchema,
  type FromRunner,
  type Job,
  type ToRunner,
} from './protocol'

export type RunnerSetup = {
  workerBundle: string
  pyodideModule: string
  snapshotDir: string
  warmUp: boolean
  /** The first worker, started by runner-main.ts before this module loaded. */
  firstWorker: EarlyWorker
}

/** A worker started before anyone listened to it: what it said meanwhile is kept. */
export type EarlyWorker = { worker: Worker; early: { crash: string | null } }

export function serveJobs(setup: RunnerSetup): void {
  const channel = new Socket({ fd: 3, readable: true, writable: true })
  const send = (message: FromRunner) => writeLine(channel, message)

  let first: EarlyWorker | null = setup.firstWorker
  const engine = new PyodideWorkerEngine(
    'pyodide-node',
    (events): WorkerHandle => {
      const early = first
      first = null
      const worker =
        early?.worker ??
        new Worker(setup.workerBundle, { workerData: { pyodideModule: setup.pyodideModule } })
      worker.on('message', (message: FromWorker) => events.message(message))
      worker.on('error', (error) => events.crash(describe(error)))
      worker.on('exit', (code) => events.crash(`exit code ${code}`))
      if (early?.early.crash) queueMicrotask(() => events.crash(early.early.crash ?? ''))
      return {
        post: (message) => worker.postMessage(message),
        terminate: () => void worker.terminate(),
      }
    },
    {
      interruptBuffer: new SharedArrayBuffer(4),
      snapshot: true,
      snapshotDir: setup.snapshotDir,
      warmUp: setup.warmUp,
    },
  )

  let current: string | null = null

  async function answer(token: string, job: Job): Promise<void> {
    current = token
    try {
      switch (job.kind) {
        case 'run': {
          const result = await engine.run(job.files, job.options)
          send({ type: 'answer', token, answer: { kind: 'run', result } })
          return
        }
        case 'observe': {
          const observed = await engine.observe(job.files, job.probes, job.options)
          send({ type: 'answer', token, answer: { kind: 'observe', observed } })
          return
        }
      }
    } finally {
      current = null
    }
  }

  function onMessage(value: unknown): void {
    const parsed = ToRunnerSchema.safeParse(value)
    if (!parsed.success) {
      process.stderr.write(`sandbox runner: a malformed message from the parent\n`)
      process.exit(2)
    }
    const message: ToRunner = parsed.data
    if (message.type === 'stop') {
      if (message.token === current) engine.interrupt()
      return
    }
    void answer(message.token, message.job).catch((error: unknown) => {
      process.stderr.write(`sandbox runner: ${describe(error)}\n`)
      process.exit(1)
    })
  }

  readLines(channel, maxMessageBytes, onMessage, (reason) => {
    process.stderr.write(`sandbox runner: ${reason} from the parent\n`)
    process.exit(2)
  })
  // The parent going away must not leave the runner behind.
  channel.on('close', () => process.exit(0))

  engine.boot().then(
    (info) => send({ type: 'ready', ...info }),
    (error: unknown) => {
      send({ type: 'boot-failed', message: describe(error) })
      process.exit(1)
    },
  )
}
