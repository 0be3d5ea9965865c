/**
 * The engine's bookkeeping against a scripted fake worker: queueing, the interrupt flag, the grace
 * period before a forced restart, crashes and malformed answers, and the observe and judge jobs —
 * no Pyodide needed.
 */
import { describe, expect, it } from 'vitest'
import type { RunResult } from '../../types'
import type { FromWorker, ToWorker } from './messages'
import { PyodideWorkerEngine, type StartWorker, type WorkerEvents } from './worker-engine'

type FakeWorker = { received: ToWorker[]; events: WorkerEvents; terminated: boolean }

function okResult(stdout: string): RunResult {
  return {
    status: 'ok',
    exitCode: 0,
    stdout,
    stderr: '',
    events: [{ t: 0, stream: 'stdout', text: stdout }],
    virtualSeconds: 0,
    wallMs: 1,
    timeline: [],
    diagnostics: [],
    python: '3.14.2 (pyodide)',
  }
}

/** A worker that boots at once and answers runs as `answer` decides (or never, if it returns null). */
function fakeWorkers(answer: (request: string, worker: FakeWorker) => FromWorker | null) {
  const workers: FakeWorker[] = []
  const start: StartWorker = (events) => {
    const worker: FakeWorker = { received: [], events, terminated: false }
    workers.push(worker)
    return {
      post(message) {
        worker.received.push(message)
        queueMicrotask(() => {
          if (worker.terminated) return
          if (message.type === 'boot') {
            events.message({ type: 'ready', python: '3.14.2 (pyodide)', bootMs: 1, mode: 'normal' })
          } else if (message.type === 'run') {
            const reply = answer(message.request, worker)
            if (reply)
              events.message(reply.type === 'result' ? { ...reply, id: message.id } : reply)
          }
        })
      },
      terminate() {
        worker.terminated = true
      },
    }
  }
  return { workers, start }
}

const result = (stdout: string): FromWorker => ({
  type: 'result',
  id: 0,
  json: JSON.stringify(okResult(stdout)),
})
const files = { 'main.py': 'print(1)\n' }

describe('PyodideWorkerEngine', () => {
  it('runs queued programs one at a time, in order', async () => {
    let running = 0
    const { start } = fakeWorkers((request) => {
      running += 1
      expect(running).toBe(1)
      running -= 1
      return result(JSON.parse(request).files['main.py'])
    })
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const outputs = await Promise.all(
      ['a', 'b', 'c'].map((text) => engine.run({ 'main.py': text })),
    )
    expect(outputs.map((output) => output.stdout)).toEqual(['a', 'b', 'c'])
  })

  it('raises the interrupt flag, then restarts the worker when the program ignores it', async () => {
    const buffer = new SharedArrayBuffer(4)
    const { workers, start } = fakeWorkers(() => null) // never answers: a swallowed KeyboardInterrupt
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: buffer,
      snapshot: false,
      graceMs: 20,
    })
    const running = engine.run(files)
    await new Promise((resolve) => setTimeout(resolve, 5))
    engine.interrupt()
    expect(Atomics.load(new Int32Array(buffer), 0)).toBe(2)
    const stopped = await running
    expect(stopped.status).toBe('interrupted')
    expect(stopped.exitCode).toBe(130)
    expect(workers[0]?.terminated).toBe(true)
    expect(workers).toHaveLength(2) // rebooted for the next run
    expect(Atomics.load(new Int32Array(buffer), 0)).toBe(0)
  })

  it('turns an interrupt from its own wall timer into time-limit', async () => {
    const { start } = fakeWorkers(() => null)
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const stopped = await engine.run(files, { limits: { wallMs: 10 } })
    expect(stopped.status).toBe('time-limit')
    expect(stopped.stderr).toContain('wall-clock limit')
  })

  it('reports a malformed harness answer as a runtime failure, not a crash', async () => {
    const { start } = fakeWorkers(() => ({ type: 'result', id: 0, json: '{"status": "maybe"}' }))
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const failed = await engine.run(files)
    expect(failed.status).toBe('error')
    expect(failed.stderr).toMatch(
      /^LoopLab: the Python runtime failed: the harness answered with a malformed result/,
    )
  })

  it('survives a worker crash mid-run and boots a new one for the next run', async () => {
    let calls = 0
    const { workers, start } = fakeWorkers((_, worker) => {
      calls += 1
      if (calls === 1) {
        queueMicrotask(() => worker.events.crash('out of memory'))
        return null
      }
      return result('again')
    })
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const crashed = await engine.run(files)
    expect(crashed.status).toBe('error')
    expect(crashed.stderr).toContain('out of memory')
    expect((await engine.run(files)).stdout).toBe('again')
    expect(workers).toHaveLength(2)
  })

  it('fails a run with a clear result when the worker cannot boot', async () => {
    const start: StartWorker = (events) => ({
      post: () => queueMicrotask(() => events.message({ type: 'boot-failed', message: 'no wasm' })),
      terminate: () => undefined,
    })
    const engine = new PyodideWorkerEngine('pyodide-worker', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    await expect(engine.boot()).rejects.toThrow('no wasm')
    const failed = await engine.run(files)
    expect(failed.status).toBe('error')
    expect(failed.stderr).toContain('could not start (no wasm)')
  })

  it('rejects bad options as the caller’s bug', async () => {
    const { start } = fakeWorkers(() => result(''))
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    await expect(engine.run(files, { limits: { wallMs: -1 } })).rejects.toThrow()
  })

  it('observes: sends an observe request and parses the Observation it gets back', async () => {
    let sent: Record<string, unknown> = {}
    const observation = {
      run: okResult('hi\n'),
      uncaught: null,
      leftPending: [],
      probes: [],
      interrupted: false,
      probesError: null,
    }
    const { start } = fakeWorkers((request) => {
      sent = JSON.parse(request) as Record<string, unknown>
      return { type: 'result', id: 0, json: JSON.stringify(observation) }
    })
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const observed = await engine.observe(files, 'from looplab_probes import scenario\n')
    expect(Object.keys(sent)[0]).toBe('observe')
    expect(sent.observe).toEqual({ probes: 'from looplab_probes import scenario\n' })
    expect(observed).toEqual({ kind: 'observed', observation, timedOut: false, wallMs: 10_000 })
  })

  it('reports a malformed observation or a crash as a failed observation, never a rejection', async () => {
    const malformed = fakeWorkers(() => ({ type: 'result', id: 0, json: '{"run": {}}' }))
    const engine = new PyodideWorkerEngine('pyodide-node', malformed.start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const observed = await engine.observe(files, null)
    expect(observed.kind).toBe('failed')
    if (observed.kind === 'failed') {
      expect(observed.run.stderr).toMatch(/the harness answered with a malformed observation/)
    }
    const silent = fakeWorkers(() => null)
    const stopped = new PyodideWorkerEngine('pyodide-node', silent.start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const timedOut = await stopped.observe(files, null, { limits: { wallMs: 10 } })
    expect(timedOut).toMatchObject({ kind: 'failed', timedOut: true, wallMs: 10 })
  })

  it('judges: sends only the judge request and validates the grade it gets back', async () => {
    let sent: Record<string, unknown> = {}
    const grade = {
      version: 3,
      status: 'pass',
      message: null,
      tests: [{ name: 't', status: 'pass' }],
    }
    const { start } = fakeWorkers((request) => {
      sent = JSON.parse(request) as Record<string, unknown>
      return { type: 'result', id: 0, json: JSON.stringify({ grade }) }
    })
    const engine = new PyodideWorkerEngine('pyodide-node', start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const observation = {
      run: okResult(''),
      uncaught: null,
      leftPending: [],
      probes: [],
      interrupted: false,
      probesError: null,
    }
    const request = { checks: 'x = 1\n', observation, files, entry: 'main.py' }
    expect(await engine.judge(request)).toEqual(grade)
    expect(Object.keys(sent)).toEqual(['judge'])
    const broken = fakeWorkers(() => ({
      type: 'result',
      id: 0,
      json: '{"grade": {"status": "pass"}}',
    }))
    const judge = new PyodideWorkerEngine('pyodide-node', broken.start, {
      interruptBuffer: null,
      snapshot: false,
    })
    const refused = await judge.judge(request)
    expect(refused.status).toBe('error')
    expect(refused.message).toMatch(
      /^Your code could not be graded: the grader failed: the judge answered/,
    )
  })
})
