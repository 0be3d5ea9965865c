# pins: cancelling the future returned by gather() cancels every child still running.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    group = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(0.02)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled:", group.cancelled())


asyncio.run(main())
