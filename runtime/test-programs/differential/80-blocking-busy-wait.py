# pins: a busy-wait that never yields blocks the loop: the clock still moves (it ends after its
# 0.2 s), but a task due at 0.1 s runs only once the loop gets control back.
import asyncio
import time


def spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def punctual():
    start = time.monotonic()
    await asyncio.sleep(0.1)
    print(f"wanted 0.1 s, woke after {time.monotonic() - start:.1f} s")


async def main():
    task = asyncio.create_task(punctual())
    await asyncio.sleep(0)
    spin(0.2)
    print("spin done")
    await task


asyncio.run(main())
