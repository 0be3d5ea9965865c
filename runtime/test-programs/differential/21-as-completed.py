# pins: as_completed() yields results in finish order, not argument order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("c", 0.15), job("a", 0.05), job("b", 0.1)]
    for next_done in asyncio.as_completed(coros):
        print("got", await next_done)


asyncio.run(main())
