# Tries: create the canary with low-level os.open(O_CREAT) after making its folders with os.makedirs.
import asyncio
import os

CANARY = "__LOOPLAB_CANARY__"


async def main():
    try:
        os.makedirs(os.path.dirname(CANARY), exist_ok=True)
        fd = os.open(CANARY, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, b"written with os.open\n")
        os.close(fd)
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("WROTE: os.open accepted the path (the observer checks the host)")


asyncio.run(main())
