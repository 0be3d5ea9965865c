# Tries: take the sandbox's import gate out of sys.meta_path, clear the caches, then import ctypes.
import asyncio
import importlib
import sys

CANARY = "__LOOPLAB_CANARY__"


async def main():
    # The stock finders are classes; anything else (an instance) was put there by the sandbox.
    removed = [finder for finder in sys.meta_path if not isinstance(finder, type)]
    for finder in removed:
        sys.meta_path.remove(finder)
    sys.path_importer_cache.clear()
    importlib.invalidate_caches()
    print("removed from meta_path:", [type(f).__name__ for f in removed])
    try:
        import ctypes

        status = ctypes.CDLL(None).system(f"touch {CANARY}".encode())
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: ctypes imported after removing the gate, system() returned", status)


asyncio.run(main())
