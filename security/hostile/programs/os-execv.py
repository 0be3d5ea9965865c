# Tries: replace the interpreter with a shell through os.execv.
import asyncio
import os

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        os.execv("/bin/sh", ["sh", "-c", f"id > {CANARY}"])
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: os.execv returned")


asyncio.run(main())
