# pins: errata E1/B1. main's sleep(5 units) and the counter's 5th sleep(1 unit) tie; main's timer was
# scheduled first, so the counter is cancelled during its 5th sleep and prints 1..5, never 6. The
# counter swallows CancelledError, so the task ends normally: cancelled() is False, result None.
import asyncio

UNIT = 0.05


async def count():
    try:
        i = 0
        while True:
            i += 1
            print(i)
            await asyncio.sleep(UNIT)
    except asyncio.CancelledError:
        print("The count task was cancelled")


async def main():
    task = asyncio.create_task(count())
    await asyncio.sleep(5 * UNIT)
    task.cancel()
    result = await task
    print("cancelled():", task.cancelled(), "result:", result)


asyncio.run(main())
