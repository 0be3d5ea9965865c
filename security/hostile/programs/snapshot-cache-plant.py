# Tries (persistence): from JavaScript, overwrite the interpreter snapshot cache on the host's disk
# (runtime/.build/snapshots), so every later process boots from a planted image.
import json

SCRIPT = """(() => {
  const proc = globalThis.process;
  const fs = proc?.getBuiltinModule?.('fs');
  const path = proc?.getBuiltinModule?.('path');
  if (!fs || !path) return 'no fs';
  const touched = [];
  for (const dir of [path.join(proc.cwd(), 'runtime/.build/snapshots'), path.join(proc.cwd(), '.build/snapshots')]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      fs.appendFileSync(path.join(dir, name), 'PLANTED');
      touched.push(name);
    }
  }
  return JSON.stringify(touched);
})()"""


def run_js(source):
    try:
        import js

        return js.eval(source)
    except Exception:
        import pyodide_js

        return pyodide_js.constructor.constructor("return " + source)()


try:
    print("ESCAPED: touched", json.loads(str(run_js(SCRIPT))))
except Exception as exc:
    print("REFUSED:", type(exc).__name__, exc)
