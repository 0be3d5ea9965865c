# pins: as_completed(timeout=...) yields results in finishing order and raises TimeoutError for
# those not done in time.
import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    coros = [job(0.3), job(0.1), job(0.2), job(1.0)]
    try:
        for next_done in asyncio.as_completed(coros, timeout=0.5):
            print("got", await next_done)
    except asyncio.TimeoutError:
        print("the rest took too long")


asyncio.run(main())
