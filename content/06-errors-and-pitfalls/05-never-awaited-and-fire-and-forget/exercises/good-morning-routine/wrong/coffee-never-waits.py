import asyncio
import time

START = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def open_blinds():
    print(clock(), "blinds: opening")
    await asyncio.sleep(2)
    print(clock(), "blinds: open")



async def brew_coffee():
    print(clock(), "coffee: brewing")
    asyncio.sleep(3)
    print(clock(), "coffee: ready")


async def main():
    print(clock(), "good morning!")
    await asyncio.gather(open_blinds(), brew_coffee())
    print(clock(), "routine finished")


asyncio.run(main())
