# Tries: make a JavaScript object with pyodide.ffi.to_js and reach Function through its constructor.
import asyncio
import json

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"
PORT = int("__LOOPLAB_PORT__")

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through pyodide.ffi');
  globalThis.fetch?.('http://127.0.0.1:{PORT}/ffi').catch(() => {{}});
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


async def main():
    try:
        from pyodide.ffi import to_js

        js_object = to_js({"hello": "world"})
        secret = js_object.constructor.constructor(BODY)()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: pyodide.ffi reached Function, the secret is", secret)


asyncio.run(main())
