# expect: cancelled-error-swallowed at line 10
import asyncio


async def count():
    try:
        i = 0
        while True:
            i += 1
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("The count task was cancelled")


async def main():
    task = asyncio.create_task(count())
    await asyncio.sleep(5)
    task.cancel()
    await task
    print("cancelled():", task.cancelled())


asyncio.run(main())
