# Tries: import ctypes with importlib.import_module instead of an import statement.
import asyncio
import importlib

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        ctypes = importlib.import_module("ctypes")
        status = ctypes.CDLL(None).system(f"touch {CANARY}".encode())
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: importlib gave ctypes, system() returned", status)


asyncio.run(main())
