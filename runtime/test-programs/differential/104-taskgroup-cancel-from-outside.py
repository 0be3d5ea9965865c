# pins: cancelling the task that runs a TaskGroup cancels its children; the group re-raises
# CancelledError (not an ExceptionGroup). (The group cancels its children in no set order, so the
# program sorts what they report.)
import asyncio

cancelled = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise


async def supervisor():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(child(n))


async def main():
    task = asyncio.create_task(supervisor())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("supervisor cancelled; children cancelled:", sorted(cancelled))


asyncio.run(main())
