# pins: time.sleep() inside a coroutine blocks the whole loop: the other task cannot run until it
# returns, and total time is the sum.
import asyncio
import time


async def blocker():
    print("blocker starts")
    time.sleep(0.2)
    print("blocker ends")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.05)


async def main():
    start = time.monotonic()
    await asyncio.gather(ticker(), blocker())
    print("took tenths:", int((time.monotonic() - start) * 10))


asyncio.run(main())
