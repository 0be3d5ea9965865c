# Tries: pick up a ctypes module some earlier code already loaded, straight out of sys.modules.
import asyncio
import sys

CANARY = "__LOOPLAB_CANARY__"


async def main():
    found = [
        module
        for name, module in list(sys.modules.items())
        if name in ("ctypes", "_ctypes") or getattr(module, "__name__", "") in ("ctypes", "_ctypes")
    ]
    if not found:
        print("REFUSED: no ctypes in sys.modules")
        return
    for module in found:
        try:
            status = module.CDLL(None).system(f"touch {CANARY}".encode())
        except Exception as exc:
            print("REFUSED:", type(exc).__name__, exc)
        else:
            print("ESCAPED: sys.modules had", module.__name__, "system() returned", status)


asyncio.run(main())
