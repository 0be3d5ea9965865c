# Tries: import ctypes through builtins.__import__ and __builtins__["__import__"].
import asyncio
import builtins

CANARY = "__LOOPLAB_CANARY__"


async def main():
    for importer in (builtins.__import__, getattr(builtins, "__import__")):
        try:
            ctypes = importer("ctypes")
            status = ctypes.CDLL(None).system(f"touch {CANARY}".encode())
        except Exception as exc:
            print("REFUSED:", type(exc).__name__, exc)
        else:
            print("ESCAPED: __import__ gave ctypes, system() returned", status)


asyncio.run(main())
