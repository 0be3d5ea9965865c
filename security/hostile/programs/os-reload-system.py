# Tries: importlib.reload(os) to get the original os.system back, then run a shell command.
import asyncio
import importlib
import os

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        fresh = importlib.reload(os)
        status = fresh.system(f"id > {CANARY}")
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        if status == 0:
            print("ESCAPED: the reloaded os.system returned 0")
        else:
            print("REFUSED: the reloaded os.system returned", status)


asyncio.run(main())
