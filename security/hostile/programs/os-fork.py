# Tries: os.fork() a copy of the interpreter (a fork bomb's first step).
import asyncio
import os


async def main():
    try:
        pid = os.fork()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
        return
    if pid == 0:
        os._exit(0)
    print("ESCAPED: forked child", pid)


asyncio.run(main())
