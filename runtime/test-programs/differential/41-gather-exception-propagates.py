# pins: errata B7. Without return_exceptions, gather raises the first exception at once, but the
# other awaitables keep running to completion.
import asyncio


async def slow():
    await asyncio.sleep(0.1)
    print("slow still finished")
    return "slow"


async def boom():
    await asyncio.sleep(0.02)
    raise ValueError("boom")


async def main():
    try:
        await asyncio.gather(slow(), boom())
    except ValueError as exc:
        print("gather raised", exc)
    await asyncio.sleep(0.2)
    print("main done")


asyncio.run(main())
