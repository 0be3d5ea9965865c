# Tries: start a shell with os.spawnv(os.P_WAIT, ...).
import asyncio
import os

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        status = os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", f"id > {CANARY}"])
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: os.spawnv returned", status)


asyncio.run(main())
