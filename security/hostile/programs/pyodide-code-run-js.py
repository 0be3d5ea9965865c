# Tries: run JavaScript with pyodide.code.run_js.
import asyncio
import json

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"
PORT = int("__LOOPLAB_PORT__")

PAYLOAD = f"""(() => {{
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written by run_js');
  globalThis.fetch?.('http://127.0.0.1:{PORT}/run-js').catch(() => {{}});
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
}})()"""


async def main():
    try:
        from pyodide.code import run_js

        secret = run_js(PAYLOAD)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: run_js ran, the secret is", secret)


asyncio.run(main())
