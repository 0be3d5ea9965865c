# Tries: load _ctypes and ctypes by hand (find_spec, module_from_spec, exec_module) so no import statement runs.
import asyncio
import importlib.util
import sys

CANARY = "__LOOPLAB_CANARY__"


def load(name):
    spec = importlib.util.find_spec(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


async def main():
    try:
        load("_ctypes")
        ctypes = load("ctypes")
        status = ctypes.CDLL(None).system(f"touch {CANARY}".encode())
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: hand-loaded ctypes, system() returned", status)


asyncio.run(main())
