/**
 * What both Pyodide workers (worker_threads in Node, a module Web Worker in the browser) do once
 * they have a way to boot: answer `boot` with `ready` (or `boot-failed`) and each `run` with its
 * result. Only how Python boots differs between them; this part must not.
 */
import type { PyodideAPI } from 'pyodide'
import { cutBridge } from './bridge'
import { emscriptenModule } from './emscripten'
import { keepFresh, type FreshInterpreter } from './fresh-interpreter'
import type { BootMode, BootPhases, FromWorker, ToWorker } from './messages'
import { harnessRunner, strayOutput, type HarnessRunner } from './host'
import { warmUp } from './warm-up'

export type Booted = { py: PyodideAPI; mode: BootMode; note?: string }
/** Ends a boot step: its time since the previous one is recorded under this name. */
export type Lap = (phase: string) => void
type BootMessage = Extract<ToWorker, { type: 'boot' }>
type RunMessage = Extract<ToWorker, { type: 'run' }>

export function workerSession(send: (message: FromWorker) => void) {
  let runner: HarnessRunner | null = null
  let stray: { text(): string } | null = null
  let fresh: FreshInterpreter | null = null

  return {
    async boot(message: BootMessage, boot: (lap: Lap) => Promise<Booted>): Promise<void> {
      const started = performance.now()
      const phases: BootPhases = {}
      let last = started
      const lap: Lap = (phase) => {
        const now = performance.now()
        phases[phase] = Math.round((phases[phase] ?? 0) + now - last)
        last = now
      }
      try {
        const { py, mode, note } = await boot(lap)
        if (message.interruptBuffer) py.setInterruptBuffer(new Int32Array(message.interruptBuffer))
        stray = strayOutput(py)
        runner = harnessRunner(py)
        // The first run after a boot pays for compiling the WASM it touches (~0.3 s after a
        // snapshot boot): pay it now, so the learner's first Run is as fast as the rest.
        lap('harness')
        if (message.warmUp !== false) {
          warmUp(runner)
          lap('warm-up')
        }
        // From here on the interpreter is sealed, and every job starts from this very state.
        const emscripten = emscriptenModule(py)
        cutBridge(py, emscripten)
        fresh = keepFresh(emscripten)
        lap('seal')
        send({
          type: 'progress',
          progress: { phase: 'ready', fraction: 1, message: 'Python is ready' },
        })
        const bootMs = performance.now() - started
        send({ type: 'ready', python: runner.python, bootMs, mode, note, phases })
      } catch (error) {
        send({ type: 'boot-failed', message: String(error) })
      }
    },

    run(message: RunMessage): void {
      if (!runner || !fresh) {
        send({ type: 'run-failed', id: message.id, message: 'the runtime has not booted' })
        return
      }
      try {
        send({ type: 'result', id: message.id, json: runner.run(message.request) })
      } catch (error) {
        // Pyodide itself failed: what it printed on its way down says why.
        const tail = stray?.text()
        const text = tail ? `${error}\n${tail}` : String(error)
        send({ type: 'run-failed', id: message.id, message: text })
        return
      }
      // After the answer is on its way, so a reader waits only for the job itself.
      try {
        fresh.reset()
      } catch (error) {
        // The engine has the answer already; this tells it to replace this worker.
        runner = null
        send({ type: 'run-failed', id: message.id, message: `could not reset Python (${error})` })
      }
    },
  }
}
