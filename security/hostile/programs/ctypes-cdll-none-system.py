# Tries: load the process's own libc with ctypes.CDLL(None) and run a shell command through system().
import asyncio
import ctypes

CANARY = "__LOOPLAB_CANARY__"


async def main():
    libc = ctypes.CDLL(None)
    status = libc.system(f"id > {CANARY}".encode())
    print("ESCAPED: system() returned", status)


asyncio.run(main())
