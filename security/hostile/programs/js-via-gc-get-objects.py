# Tries: list every live object with gc.get_objects() and pick out a JavaScript proxy or the js module.
import asyncio
import gc
import json
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through gc.get_objects');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


def proxies():
    for obj in gc.get_objects():
        kind = type(obj).__name__
        if kind.startswith("Js") and "Proxy" in kind:
            yield obj
        elif isinstance(obj, types.ModuleType) and obj.__name__ in ("js", "pyodide_js"):
            yield obj


async def main():
    try:
        proxy = next(proxies(), None)
        if proxy is None:
            print("REFUSED: no JavaScript proxy among the live objects")
            return
        secret = proxy.constructor.constructor(BODY)()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: gc.get_objects() led to JavaScript, the secret is", secret)


asyncio.run(main())
