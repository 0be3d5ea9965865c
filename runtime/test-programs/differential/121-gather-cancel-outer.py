# pins: cancelling the future gather() returns cancels every child still running; the ones already
# finished keep their results.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 3, 5)]
    group = asyncio.gather(*tasks)
    await asyncio.sleep(0.2)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
    print([t.result() if not t.cancelled() else "cancelled" for t in tasks])


asyncio.run(main())
