/**
 * Cuts Pyodide's bridge from Python to JavaScript, on both sides, before the first job (the
 * security layers: SECURITY.md). Python side: the audit hook that refuses the known doors,
 * the finder that serves `import js` removed with its table, Pyodide's modules emptied. JavaScript
 * side, which is what holds even if Python is fully subverted: every JavaScript object Python holds
 * a handle to (globalThis, Pyodide's API, its Emscripten emscripten) is swapped for an inert one, so a
 * handle reached by any route leads nowhere.
 */
import type { PyodideAPI } from 'pyodide'
import type { EmscriptenModule } from './emscripten'

const inertObject = Object.freeze(Object.create(null) as object)
const inertFunction = Object.freeze(function inert(): undefined {
  return undefined
})

export function cutBridge(py: PyodideAPI, emscripten: EmscriptenModule): void {
  py.runPython(
    'import _looplab.lockdown as _lockdown\n_lockdown.seal()\n_lockdown.cut_pyodide_bridge()\ndel _lockdown',
  )
  for (let index = 1; ; index++) {
    let value: unknown
    try {
      value = emscripten.__hiwire_get(index)
    } catch {
      break // past the end of the table
    }
    if (value === null || value === undefined) continue
    emscripten.__hiwire_set(index, typeof value === 'function' ? inertFunction : inertObject)
  }
}
