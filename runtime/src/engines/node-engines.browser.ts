/** The browser face of `#node-engines`: same names, a clear error instead of Node built-ins. */
function nodeOnly(name: string): () => Promise<never> {
  return () => Promise.reject(new Error(`the ${name} engine runs in Node only; use pyodide-worker`))
}

export const createCpythonEngine = nodeOnly('cpython')
export const createPyodideNodeEngine = nodeOnly('pyodide-node')
