# Tries: call Emscripten's emscripten_run_script() from libc to run JavaScript that writes the canary.
import asyncio
import ctypes
import json

CANARY = "__LOOPLAB_CANARY__"
PORT = int("__LOOPLAB_PORT__")

SCRIPT = (
    "const fs = globalThis.process?.getBuiltinModule?.('fs');"
    f"fs?.writeFileSync({json.dumps(CANARY)}, 'written by emscripten_run_script');"
    f"globalThis.fetch?.('http://127.0.0.1:{PORT}/run-script').catch(() => {{}});"
)


async def main():
    libc = ctypes.CDLL(None)
    libc.emscripten_run_script(SCRIPT.encode())
    print("ESCAPED: emscripten_run_script ran")


asyncio.run(main())
