// Provided at bundle time by runtime/scripts/build.mjs (the harness is embedded in each worker).
declare module 'looplab:harness' {
  /** Path relative to runtime/python (e.g. "_looplab/loop.py") → file text. */
  export const harnessFiles: Record<string, string>
  /** Short content hash of harnessFiles: part of the memory-snapshot cache key. */
  export const harnessHash: string
}

/** The bundled Pyodide version, e.g. "314.0.7" (esbuild `define`). */
declare const __PYODIDE_VERSION__: string
declare const __SNAPSHOT_RECIPE__: number
