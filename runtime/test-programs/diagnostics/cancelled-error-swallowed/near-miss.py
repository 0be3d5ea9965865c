# expect-none: cancelled-error-swallowed
# cleanup then re-raise; and asyncio.timeout()'s internal cancel is not a swallowed one
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


asyncio.run(main())
