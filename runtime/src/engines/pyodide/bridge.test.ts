/**
 * The JavaScript side of the cut, tested on its own: here Python is assumed fully subverted — no
 * audit hook in force, ctypes importable, every object reachable through the garbage collector —
 * and the JavaScript it can reach must still lead nowhere (SECURITY.md, layer 3). This test
 * file runs in its own process (vitest's forks pool), whose realm it hardens as a worker would.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PyodideAPI } from 'pyodide'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refuseChildProcesses } from '../pyodide-node/child-processes'
import { cutBridge } from './bridge'
import { emscriptenModule } from './emscripten'
import { hardenRealm } from './realm'

const folder = mkdtempSync(join(tmpdir(), 'looplab-bridge-'))
const canary = join(folder, 'canary')

type Subverted = (source: string) => unknown

/** A booted, sealed Pyodide, and a way to run Python in it with every Python-level restriction
 *  out of the way, as a subverted program would. */
async function sealedPyodide(before = ''): Promise<Subverted> {
  const { loadPyodide } = await import('pyodide')
  const py = await loadPyodide()
  installHarnessFromDisk(py)
  const builtins = py.pyimport('builtins') as unknown as {
    exec(source: string, scope: unknown): void
    dict(): { get(name: string): unknown }
  }
  const scope = builtins.dict()
  if (before) builtins.exec(before, scope)
  cutBridge(py, emscriptenModule(py))
  return (source) => {
    builtins.exec(source, scope)
    return scope.get('result')
  }
}

beforeAll(() => {
  hardenRealm({ refuseEval: true })
  refuseChildProcesses()
})

afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The harness as the workers install it (they get it bundled; this test reads the folder). */
function installHarnessFromDisk(pyodide: PyodideAPI): void {
  const root = fileURLToPath(new URL('../../../python', import.meta.url))
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? entry.name === '__pycache__'
          ? []
          : walk(join(dir, entry.name))
        : [join(dir, entry.name)],
    )
  for (const file of walk(join(root, '_looplab'))) {
    const target = `/lib/looplab/${relative(root, file)}`
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')))
    pyodide.FS.writeFile(target, readFileSync(file))
  }
  pyodide.runPython('import sys\nsys.path.append("/lib/looplab")\nimport _looplab')
}

describe('with Python subverted, JavaScript stays out of reach', () => {
  // A refused call into JavaScript from inside WebAssembly is fatal to that Pyodide (a worker is
  // then replaced): each such test gets its own instance.
  it('every JsProxy Python holds points at an inert object', async () => {
    // The worst case: handles to globalThis, Pyodide's API and Node's process, kept from before
    // the cut (as a program that got them by any route would hold them).
    const subverted = await sealedPyodide(
      'import js, pyodide_js\nkept = [js, pyodide_js, js.process, pyodide_js._api]',
    )
    const result = subverted(`
import gc
proxies = kept + [o for o in gc.get_objects() if type(o).__name__.startswith("JsProxy")]
reached = []
for proxy in proxies:
    for name in ("process", "Function", "fetch", "globalThis", "_api", "_module", "FS", "constructor"):
        try:
            getattr(proxy, name)
            reached.append(name)
        except Exception:
            pass
result = f"{len(proxies)} proxies, reached {reached}"
`)
    expect(result).toMatch(/^\d+ proxies, reached \[\]$/)
    expect(Number(String(result).split(' ')[0])).toBeGreaterThanOrEqual(4)
  })

  it('system() starts no program: child_process refuses', async () => {
    const subverted = await sealedPyodide()
    let refusal = ''
    try {
      subverted(`import ctypes\nresult = ctypes.CDLL(None).system(b"touch ${canary}")`)
    } catch (error) {
      refusal = String(error)
    }
    expect(existsSync(canary)).toBe(false)
    expect(refusal).toContain('cannot start other programs')
  })

  it('emscripten_run_script runs no JavaScript', async () => {
    const subverted = await sealedPyodide()
    let refusal = ''
    try {
      subverted(`
import ctypes
result = ctypes.CDLL(None).emscripten_run_script_int(b"globalThis.__looplabReached = 7, 7")
`)
    } catch (error) {
      refusal = String(error)
    }
    expect(refusal).toMatch(/code generation from strings is disabled|EvalError/)
    expect((globalThis as { __looplabReached?: number }).__looplabReached).toBeUndefined()
  })
})
