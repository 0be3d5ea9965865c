# expect-none: cancelled-error-swallowed
# cleanup then re-raise; asyncio.timeout()'s internal cancel is not a swallowed one; nor is the
# cancel a TaskGroup sends its parent when a child fails after the body ended (CPython 3.11 never
# takes that one back, 3.12+ does)
import asyncio


async def count():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up")
        raise


async def main():
    task = asyncio.create_task(count())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled():", task.cancelled())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail_later())
    except* LookupError:
        print("the group failed")


async def fail_later():
    await asyncio.sleep(0.5)
    raise LookupError("gone")


asyncio.run(main())
