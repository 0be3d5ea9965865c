# pins: wait_for(coro, timeout=None) simply waits; timeout=0 on an unfinished coroutine times out
# at once.
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "job done"


async def main():
    print(await asyncio.wait_for(job(), timeout=None))
    try:
        await asyncio.wait_for(job(), timeout=0)
    except TimeoutError:
        print("timeout=0 times out at once")


asyncio.run(main())
