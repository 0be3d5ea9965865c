# Tries: build a JavaScript function with js.Function (no eval) and call it.
import asyncio
import json

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"
PORT = int("__LOOPLAB_PORT__")

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written by js.Function');
  globalThis.fetch?.('http://127.0.0.1:{PORT}/js-function').catch(() => {{}});
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


async def main():
    try:
        from js import Function

        secret = Function(BODY)()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: js.Function ran, the secret is", secret)


asyncio.run(main())
