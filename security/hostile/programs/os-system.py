# Tries: run a shell command with os.system that writes the canary.
import asyncio
import os

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        status = os.system(f"id > {CANARY}")
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        if status == 0:
            print("ESCAPED: os.system returned 0")
        else:
            print("REFUSED: os.system returned", status)


asyncio.run(main())
