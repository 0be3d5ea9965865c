/**
 * Hardening of the JavaScript realm a Pyodide that runs learner code lives in, done before Pyodide
 * is imported (SECURITY.md, layer 3). `eval` is what Emscripten's `emscripten_run_script*`
 * call; in Node it is refused here, whatever Python does (the sandboxed process also runs with
 * --disallow-code-generation-from-strings). The browser worker leaves `eval` alone: its CSP has
 * no 'unsafe-eval', which the browser enforces for the worker's own code while still letting
 * developer tools evaluate in it. Timers are tracked so a job's leftovers (an itimer, an alarm)
 * are cleared before the next job starts.
 */
const live = new Set<ReturnType<typeof setTimeout>>()
let hardened = false

export function hardenRealm({ refuseEval }: { refuseEval: boolean }): void {
  if (hardened) return
  hardened = true
  if (refuseEval) {
    const refuse = () => {
      throw new EvalError('code generation from strings is disabled in the LoopLab sandbox')
    }
    Object.defineProperty(globalThis, 'eval', {
      value: refuse,
      writable: false,
      configurable: false,
    })
  }
  trackTimers()
}

function trackTimers(): void {
  const realSetTimeout = globalThis.setTimeout
  const realClearTimeout = globalThis.clearTimeout
  const realSetInterval = globalThis.setInterval
  const realClearInterval = globalThis.clearInterval
  const scope = globalThis as unknown as Record<string, unknown>
  scope.setTimeout = (handler: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const id: ReturnType<typeof setTimeout> = realSetTimeout(
      (...args: unknown[]) => {
        live.delete(id)
        handler(...args)
      },
      ms,
      ...rest,
    )
    live.add(id)
    return id
  }
  scope.clearTimeout = (id: ReturnType<typeof setTimeout>) => {
    live.delete(id)
    realClearTimeout(id)
  }
  scope.setInterval = (handler: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const id = realSetInterval(handler, ms, ...rest)
    live.add(id)
    return id
  }
  scope.clearInterval = (id: ReturnType<typeof setInterval>) => {
    live.delete(id)
    realClearInterval(id)
  }
}

/** Cancels every timer set since the realm was hardened (between jobs nothing may be pending). */
export function clearPendingTimers(): void {
  for (const id of live) {
    clearTimeout(id)
    clearInterval(id)
  }
  live.clear()
}
