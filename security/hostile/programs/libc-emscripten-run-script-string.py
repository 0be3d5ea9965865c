# Tries: read the host's environment with emscripten_run_script_string() and print the secret.
import asyncio
import ctypes
import json

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


async def main():
    try:
        libc = ctypes.CDLL(None)
        libc.emscripten_run_script_string.restype = ctypes.c_char_p
        script = f"String(globalThis.process?.env?.[{json.dumps(SECRET_NAME)}])"
        value = libc.emscripten_run_script_string(script.encode())
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: the host's secret is", value)


asyncio.run(main())
