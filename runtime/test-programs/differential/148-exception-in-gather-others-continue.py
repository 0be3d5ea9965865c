# pins: when one awaitable in gather() fails, gather raises at once but the other tasks keep running
# to completion (they are not cancelled).
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "completed")


async def main():
    try:
        await asyncio.gather(job("a", 0.1, fail=True), job("b", 0.2))
    except ValueError as exc:
        print("gather raised:", exc)
    await asyncio.sleep(0.2)
    print("main done")


asyncio.run(main())
