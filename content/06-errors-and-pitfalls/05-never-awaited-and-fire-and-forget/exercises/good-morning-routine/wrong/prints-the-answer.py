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
    # Prints what the routine would print, at the moments it would print it.
    print(clock(), "good morning!")
    print(clock(), "blinds: opening")
    print(clock(), "coffee: brewing")
    await asyncio.sleep(2)
    print(clock(), "blinds: open")
    await asyncio.sleep(1)
    print(clock(), "coffee: ready")
    print(clock(), "routine finished")


asyncio.run(main())
