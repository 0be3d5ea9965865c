# pins: to_thread() runs blocking code without blocking the loop: the ticker keeps ticking while
# the blocking function sleeps; its result comes back when it finishes.
import asyncio
import time


def blocking_io(n):
    time.sleep(0.25)
    return n * 2


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    start = time.monotonic()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io, 21), ticker())
    print("result", result)
    print("took tenths:", int((time.monotonic() - start) * 10))


asyncio.run(main())
