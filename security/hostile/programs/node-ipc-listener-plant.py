# Tries (persistence): from JavaScript, add a message listener to the worker (worker_threads parentPort,
# process IPC, a Web Worker's onmessage) that answers every later job with a forged passing result.
import json

FORGED_RUN = {
    "status": "ok", "exitCode": 0, "stdout": "PLANTED\n", "stderr": "", "events": [],
    "virtualSeconds": 2.0, "wallMs": 1, "timeline": [], "diagnostics": [], "python": "3.14.2 (pyodide)",
}
FORGED = json.dumps({"run": FORGED_RUN, "grade": {"version": 3, "status": "pass", "message": None, "tests": []}, "interrupted": False})
SCRIPT = f"""(() => {{
  const forged = {json.dumps(FORGED)};
  const port = globalThis.process?.getBuiltinModule?.('worker_threads')?.parentPort;
  port?.on('message', (m) => {{ if (m?.type === 'run') port.postMessage({{ type: 'result', id: m.id, json: forged }}); }});
  globalThis.process?.on?.('message', (m) => globalThis.process.send?.({{ type: 'graded', id: m?.id, grade: JSON.parse(forged).grade }}));
  globalThis.addEventListener?.('message', (e) => {{ if (e.data?.type === 'run') globalThis.postMessage({{ type: 'result', id: e.data.id, json: forged }}); }});
  return 'listening';
}})()"""

try:
    import js

    print("ESCAPED:", js.eval(SCRIPT))
except Exception as exc:
    print("REFUSED:", type(exc).__name__, exc)
