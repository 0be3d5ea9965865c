# Tries: a cancelled task whose finally block never ends, so cancellation cannot finish it.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        while True:  # "cleanup" that never finishes
            pass


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await task


asyncio.run(main())
