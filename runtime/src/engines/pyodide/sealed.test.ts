/**
 * The sealed, fresh-per-job interpreter, attacked from inside (pyodide-node). Each attack is a
 * learner's program; the observer is this test process: the answers the engine gives, a file the
 * attack tries to leave for the next job, and a second program that checks what it inherited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunResult } from '../../types'
import { createPyodideNodeEngine } from '../pyodide-node/engine'
import type { PyodideWorkerEngine } from './worker-engine'

let engine: PyodideWorkerEngine

beforeAll(async () => {
  engine = await createPyodideNodeEngine()
})
afterAll(() => engine?.dispose())

const run = (source: string): Promise<RunResult> => engine.run({ 'main.py': source })

/** Prints ESCAPED if the attack reached JavaScript, REFUSED if Python refused it. */
const attempt = (body: string) => `
def attack():
${body
  .trim()
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}

try:
    reached = attack()
except BaseException as error:
    print("REFUSED", type(error).__name__, error)
else:
    print("ESCAPED" if reached else "REFUSED nothing reached", repr(reached)[:80])
`

const doors: Record<string, string> = {
  'import js': 'import js\nreturn js.process.env',
  'import pyodide_js': 'import pyodide_js\nreturn pyodide_js._api',
  'import js after emptying sys.meta_path':
    'import sys\nsys.meta_path.clear()\nimport js\nreturn js',
  'pyodide.code.run_js': 'from pyodide.code import run_js\nreturn run_js("globalThis.process")',
  _pyodide_core: 'import _pyodide_core\nreturn _pyodide_core',
  'ctypes emscripten_run_script_string':
    'import ctypes\nreturn ctypes.CDLL(None).emscripten_run_script_string(b"String(process.pid)")',
  'the JsFinder through object.__subclasses__()': `
def walk(cls, seen):
    for sub in type.__subclasses__(cls):
        if sub not in seen:
            seen.add(sub)
            walk(sub, seen)
seen = set()
walk(object, seen)
for cls in seen:
    for value in list(vars(cls).values()):
        found = getattr(value, "__globals__", None) or {}
        for name in ("jsproxies", "js", "pyodide_js", "run_js", "to_js", "create_proxy"):
            thing = found.get(name)
            if thing:
                return (cls.__name__, name, thing)
`,
  'the JavaScript objects behind JsProxy handles': `
def walk(cls, seen):
    for sub in type.__subclasses__(cls):
        if sub not in seen:
            seen.add(sub)
            walk(sub, seen)
seen = set()
walk(object, seen)
proxies = [c for c in seen if c.__name__.startswith("JsProxy") or c.__name__ == "JsFinder"]
for cls in proxies:
    for value in vars(cls).values():
        for candidate in (getattr(value, "__self__", None), value):
            if hasattr(candidate, "process") or hasattr(candidate, "Function"):
                return candidate
`,
}

describe('the bridge to JavaScript is cut', () => {
  it.each(Object.entries(doors))('%s', async (_, body) => {
    const result = await run(attempt(body))
    expect(result.stdout).toMatch(/^REFUSED/)
    expect(result.stdout).not.toContain('ESCAPED')
  })
})

describe('a fresh interpreter for every job', () => {
  const plant = `import asyncio, builtins, gc, sys, os
asyncio.sleep = lambda *a, **k: print("POISONED")
builtins.POISON = True
gc.callbacks.append(lambda *a: print("GC SPY"))
try:
    sys.addaudithook(lambda event, args: print("AUDIT SPY", event))
except BaseException as error:
    print("hook refused", type(error).__name__)
sys.setrecursionlimit(50)
with open("/tmp/left-behind.txt", "w") as handle:
    handle.write("for the next learner")
with open("mine.txt", "w") as handle:
    handle.write("kept in my folder")
print("planted", gc.get_freeze_count() > 0)
`
  const victim = `import asyncio, builtins, gc, os, sys
async def main():
    await asyncio.sleep(1)
    print("slept")
asyncio.run(main())
print("poison:", hasattr(builtins, "POISON"), "callbacks:", len(gc.callbacks))
print("left:", sorted(os.listdir("/tmp")), sorted(os.listdir(".")))
print("limit ok:", sys.getrecursionlimit() > 50)
print("frozen:", gc.get_freeze_count())
`

  it('undoes everything a job did to the interpreter, the file system and the clock', async () => {
    const first = await run(victim)
    expect(first.status).toBe('ok')
    const planted = await run(plant)
    expect(planted.stdout).toContain('planted')
    const after = await run(victim)
    expect(after.status).toBe('ok')
    expect(after.stdout).not.toMatch(/POISONED|GC SPY|AUDIT SPY/)
    expect(after.stdout).toContain('slept\npoison: False callbacks: 0')
    expect(after.stdout).toContain('limit ok: True')
    // /tmp holds only this run's own folder; nothing the plant left
    expect(after.stdout).not.toContain('left-behind')
    expect(after.stdout).not.toContain('mine.txt')
    // the harness's frozen objects do not pile up run after run
    const frozen = (text: string) => Number(/frozen: (\d+)/.exec(text)?.[1])
    expect(frozen(after.stdout)).toBe(frozen(first.stdout))
  })

  it('refuses writes outside the program folder and /tmp, even after chmod', async () => {
    const result = await run(`import os
for target in ("/lib/python314.zip", "/lib/looplab/_looplab/__init__.py", "/home/../lib/new.py"):
    try:
        os.chmod(target, 0o777)
    except OSError as error:
        print("chmod refused", target)
    try:
        with open(target, "wb") as handle:
            handle.write(b"import os; os.system('id')")
        print("WROTE", target)
    except OSError as error:
        print("write refused", target)
`)
    expect(result.stdout).not.toContain('WROTE')
    expect(result.stdout.match(/write refused/g)).toHaveLength(3)
  })
})
