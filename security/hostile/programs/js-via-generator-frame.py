# Tries: use a running generator's gi_frame.f_back to reach the frames below the program.
import asyncio
import json
import types

CANARY = "__LOOPLAB_CANARY__"
SECRET_NAME = "__LOOPLAB_SECRET_NAME__"

BODY = f"""
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  fs?.writeFileSync({json.dumps(CANARY)}, 'written through gi_frame');
  return String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}]);
"""


def walker():
    me = yield  # the generator object itself, sent in below
    frame = me.gi_frame.f_back  # while it runs, that is whoever called send()
    while frame is not None:
        yield frame
        frame = frame.f_back


async def main():
    gen = walker()
    next(gen)
    frames = [gen.send(gen), *gen]
    for frame in frames:
        for value in list(frame.f_globals.values()):
            if isinstance(value, types.ModuleType) and value.__name__ in ("js", "pyodide_js"):
                secret = value.constructor.constructor(BODY)()
                print("ESCAPED: gi_frame led to", value.__name__, "the secret is", secret)
                return
    print("REFUSED: no JavaScript module in", len(frames), "frames reachable from gi_frame")


asyncio.run(main())
