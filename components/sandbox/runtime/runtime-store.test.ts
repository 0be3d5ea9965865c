import type { BootProgress, Engine, ProgramFiles, RunResult } from '@looplab/runtime'
import { describe, expect, it } from 'vitest'
import { RuntimeStore } from './runtime-store'

function result(stdout: string, status: RunResult['status'] = 'ok'): RunResult {
  return {
    status,
    exitCode: status === 'ok' ? 0 : 130,
    stdout,
    stderr: '',
    events: [],
    virtualSeconds: 0,
    wallMs: 1,
    timeline: [],
    diagnostics: [],
    python: '3.14.2 (fake)',
  }
}

/** An engine whose runs finish when the test says so, like a worker would. */
function fakeEngine() {
  const pending: { files: ProgramFiles; finish(r: RunResult): void }[] = []
  let interrupts = 0
  const engine: Engine = {
    name: 'pyodide-worker',
    run: (files) => new Promise<RunResult>((finish) => pending.push({ files, finish })),
    observe: () => Promise.reject(new Error('not used here')),
    interrupt: () => {
      interrupts++
      pending.shift()?.finish(result('', 'interrupted'))
    },
    dispose: async () => undefined,
  }
  return { engine, pending, interrupts: () => interrupts }
}

function deferredLoader(engine: Engine) {
  let progress: ((p: BootProgress) => void) | null = null
  let resolve!: (engine: Engine) => void
  let reject!: (error: Error) => void
  let loads = 0
  const load = (onProgress: (p: BootProgress) => void) => {
    loads++
    progress = onProgress
    return new Promise<Engine>((ok, fail) => {
      resolve = ok
      reject = fail
    })
  }
  return {
    load,
    boot: () => resolve(engine),
    fail: (message: string) => reject(new Error(message)),
    progress: (p: BootProgress) => progress?.(p),
    loads: () => loads,
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
const files = (source: string) => ({ 'main.py': source })

describe('RuntimeStore', () => {
  it('loads Python once, showing its progress, and is ready after', async () => {
    const { engine } = fakeEngine()
    const loader = deferredLoader(engine)
    const store = new RuntimeStore(loader.load)
    expect(store.getSnapshot().status).toEqual({ phase: 'idle' })
    store.preload()
    store.preload()
    expect(loader.loads()).toBe(1)
    loader.progress({ phase: 'download', fraction: 0.3, message: 'Downloading Python (3.0 MB)…' })
    expect(store.getSnapshot().status).toEqual({
      phase: 'starting',
      fraction: 0.3,
      message: 'Downloading Python (3.0 MB)…',
      restart: false,
    })
    loader.boot()
    await tick()
    expect(store.getSnapshot().status).toEqual({ phase: 'ready' })
  })

  it('queues runs so they never overlap, in the order asked', async () => {
    const fake = fakeEngine()
    const loader = deferredLoader(fake.engine)
    const store = new RuntimeStore(loader.load)
    const first = store.run(files('print(1)'))
    const second = store.run(files('print(2)'))
    expect(store.getSnapshot().active).toEqual({ id: first.id, phase: 'starting' })
    expect(store.getSnapshot().queued).toEqual([second.id])
    loader.boot()
    await tick()
    expect(store.getSnapshot().active).toEqual({ id: first.id, phase: 'running' })
    expect(fake.pending).toHaveLength(1)
    fake.pending.shift()!.finish(result('1\n'))
    expect(await first.outcome).toEqual({ kind: 'finished', result: result('1\n') })
    await tick()
    expect(store.getSnapshot().active).toEqual({ id: second.id, phase: 'running' })
    expect(fake.pending[0]!.files).toEqual(files('print(2)'))
    fake.pending.shift()!.finish(result('2\n'))
    expect((await second.outcome).kind).toBe('finished')
    await tick()
    expect(store.getSnapshot()).toMatchObject({ active: null, queued: [] })
  })

  it('stops a running program through the engine', async () => {
    const fake = fakeEngine()
    const loader = deferredLoader(fake.engine)
    const store = new RuntimeStore(loader.load)
    store.preload()
    loader.boot()
    const ticket = store.run(files('while True: pass'))
    await tick()
    ticket.stop()
    expect(fake.interrupts()).toBe(1)
    const outcome = await ticket.outcome
    expect(outcome.kind === 'finished' && outcome.result.status).toBe('interrupted')
  })

  it('takes a waiting run out of the queue without touching the running one', async () => {
    const fake = fakeEngine()
    const loader = deferredLoader(fake.engine)
    const store = new RuntimeStore(loader.load)
    store.preload()
    loader.boot()
    const running = store.run(files('a'))
    const waiting = store.run(files('b'))
    await tick()
    waiting.stop()
    expect(await waiting.outcome).toEqual({ kind: 'cancelled' })
    expect(fake.interrupts()).toBe(0)
    fake.pending.shift()!.finish(result('a'))
    expect((await running.outcome).kind).toBe('finished')
    await tick()
    expect(fake.pending).toHaveLength(0)
  })

  it('drops a run stopped while Python is still starting, and runs the next', async () => {
    const fake = fakeEngine()
    const loader = deferredLoader(fake.engine)
    const store = new RuntimeStore(loader.load)
    const early = store.run(files('early'))
    const next = store.run(files('next'))
    early.stop()
    expect(await early.outcome).toEqual({ kind: 'cancelled' })
    loader.boot()
    await tick()
    await tick()
    expect(fake.pending.map((p) => p.files)).toEqual([files('next')])
    fake.pending.shift()!.finish(result('n'))
    expect((await next.outcome).kind).toBe('finished')
  })

  it('reports a failed start to every waiting run, and tries again later', async () => {
    const fake = fakeEngine()
    const loader = deferredLoader(fake.engine)
    const store = new RuntimeStore(loader.load)
    const a = store.run(files('a'))
    const b = store.run(files('b'))
    loader.fail('no WebAssembly')
    const message = 'Python could not start: no WebAssembly'
    expect(await a.outcome).toEqual({ kind: 'unavailable', message })
    expect(await b.outcome).toEqual({ kind: 'unavailable', message })
    expect(store.getSnapshot().status).toEqual({ phase: 'failed', message: 'no WebAssembly' })
    const retry = store.run(files('c'))
    expect(loader.loads()).toBe(2)
    loader.boot()
    await tick()
    fake.pending.shift()!.finish(result('c'))
    expect((await retry.outcome).kind).toBe('finished')
  })

  it('shows a worker restart (after a forced stop) as starting again', async () => {
    const fake = fakeEngine()
    const loader = deferredLoader(fake.engine)
    let readyCalls = 0
    const store = new RuntimeStore(loader.load, { onFirstReady: () => readyCalls++ })
    store.preload()
    loader.boot()
    await tick()
    loader.progress({ phase: 'compile', fraction: 0.5, message: 'Starting Python…' })
    expect(store.getSnapshot().status).toMatchObject({ phase: 'starting', restart: true })
    loader.progress({ phase: 'ready', fraction: 1, message: 'Python is ready' })
    expect(store.getSnapshot().status).toEqual({ phase: 'ready' })
    expect(readyCalls).toBe(1)
  })

  it('queues other work (a grade) with the runs', async () => {
    const fake = fakeEngine()
    const store = new RuntimeStore(async () => fake.engine)
    const run = store.run(files('first'))
    const work = store.enqueue(async () => 'graded')
    await tick()
    expect(store.getSnapshot().queued).toEqual([work.id])
    fake.pending.shift()!.finish(result('1'))
    expect(await work.outcome).toEqual({ kind: 'finished', value: 'graded' })
    expect((await run.outcome).kind).toBe('finished')
  })

  it('turns a rejected request into an outcome, not an exception', async () => {
    const engine: Engine = {
      name: 'pyodide-worker',
      run: () => Promise.reject(new Error('files: expected a record')),
      observe: () => Promise.reject(new Error('not used here')),
      interrupt: () => undefined,
      dispose: async () => undefined,
    }
    const store = new RuntimeStore(async () => engine)
    const ticket = store.run(files('x'))
    expect(await ticket.outcome).toEqual({
      kind: 'unavailable',
      message: 'files: expected a record',
    })
  })
})

describe('code from a shared link', () => {
  it('gets a worker that is replaced once its run ends', async () => {
    const first = fakeEngine()
    const second = fakeEngine()
    let disposed = 0
    first.engine.dispose = async () => {
      disposed++
    }
    const engines = [first.engine, second.engine]
    let loads = 0
    const store = new RuntimeStore(async () => engines[loads++] as Engine)
    store.setForeign(true)
    const ticket = store.run(files('print("from a link")'))
    await tick()
    first.pending.shift()?.finish(result('from a link\n'))
    expect(await ticket.outcome).toEqual({ kind: 'finished', result: result('from a link\n') })
    expect(disposed).toBe(1)
    expect(loads).toBe(2) // its successor boots at once
    store.setForeign(false)
    const own = store.run(files('print("mine")'))
    await tick()
    expect(first.pending).toHaveLength(0)
    second.pending.shift()?.finish(result('mine\n'))
    expect((await own.outcome).kind).toBe('finished')
    expect(loads).toBe(2) // the reader's own runs keep their worker
  })
})
