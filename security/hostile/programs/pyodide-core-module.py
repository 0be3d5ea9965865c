# Tries: import the C core of Pyodide's FFI (_pyodide_core) and turn a proxy into a way to run JavaScript.
import asyncio
import json

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through _pyodide_core');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


async def main():
    try:
        import _pyodide_core

        proxy = _pyodide_core.create_proxy(lambda: None)
        secret = proxy.constructor(BODY)()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: _pyodide_core reached Function, the secret is", secret)


asyncio.run(main())
