# Tries: read other processes' environments: /proc/1/environ and /proc/<parent>/environ.
import asyncio
import os


async def main():
    for pid in (1, os.getppid()):
        try:
            with open(f"/proc/{pid}/environ", "rb") as handle:
                block = handle.read()
        except Exception as exc:
            print("REFUSED:", pid, type(exc).__name__, exc)
        else:
            print(block)
            print("ESCAPED:" if block else "REFUSED:", f"/proc/{pid}/environ has {len(block)} bytes")


asyncio.run(main())
