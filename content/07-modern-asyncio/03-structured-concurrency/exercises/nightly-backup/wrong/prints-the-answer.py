import asyncio
import time

START = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def main():
    await asyncio.sleep(0.3)
    print(clock(), "mail backed up")
    await asyncio.sleep(0.1)
    print(clock(), "keep-alive")
    await asyncio.sleep(0.1)
    print(clock(), "photos backed up")
    print(clock(), "backup finished")
    await asyncio.sleep(0.4)
    print(clock(), "keep-alive")
    await asyncio.sleep(0.1)
    print(clock(), "photos backed up")
    await asyncio.sleep(0.2)
    print(clock(), "out of time: backup stopped")


asyncio.run(main())
