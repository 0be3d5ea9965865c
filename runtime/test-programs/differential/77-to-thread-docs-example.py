# pins: the asyncio docs' to_thread example: a blocking function in a thread and asyncio.sleep(1)
# run concurrently, so the whole takes one second, not two.
import asyncio
import time


def blocking_io():
    print("start blocking_io")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(1)
    print("blocking_io complete")


async def main():
    start = time.monotonic()
    print("started main")
    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(1))
    print(f"finished main after {time.monotonic() - start:.1f} s")


asyncio.run(main())
