/**
 * One door to every engine, for Node (the CLI, the course checks). Each lives in its own module,
 * imported only when asked for: Pyodide is megabytes of WASM, and a command pays only for the
 * engine it uses. Resolves once the
 * engine is ready to run (Pyodide booted, python3 found); rejects with a plain-words Error if not.
 */
import type { Engine, EngineName, EngineOptions } from './engine'

export type CreateEngineOptions = EngineOptions & {
  /** pyodide-node / pyodide-worker: boot from a memory snapshot (default true). */
  snapshot?: boolean
  /** cpython: the interpreter to run (default $LOOPLAB_PYTHON or python3). */
  python?: string
}

export async function createEngine(
  name: EngineName,
  options: CreateEngineOptions = {},
): Promise<Engine> {
  switch (name) {
    case 'pyodide-node': {
      const { createPyodideNodeEngine } = await import('./engines/pyodide-node/engine')
      return createPyodideNodeEngine(options)
    }
    case 'pyodide-worker': {
      const { createPyodideBrowserEngine } = await import('./engines/pyodide-worker/engine')
      return createPyodideBrowserEngine(options)
    }
    case 'cpython': {
      const { createCpythonEngine } = await import('./engines/cpython/engine')
      return createCpythonEngine(options)
    }
  }
}
