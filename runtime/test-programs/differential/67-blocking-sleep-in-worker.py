# pins: time.sleep inside executor work blocks only that worker: the loop's own tasks tick on, and
# two workers sleeping at once overlap. (Sleeps of 0.26 and 0.36 s: stamps are rounded to tenths, so
# no event may sit on a .x5 boundary, where a real run's few milliseconds late flip the digit.)
import asyncio
import time

start = time.monotonic()


def stamp():
    return f"{time.monotonic() - start:.1f}"


def slow_read(name, seconds):
    time.sleep(seconds)
    print(stamp(), name, "read done")
    return name


async def ticker():
    for _ in range(4):
        await asyncio.sleep(0.1)
        print(stamp(), "tick")


async def main():
    results = await asyncio.gather(
        asyncio.to_thread(slow_read, "disk", 0.26),
        asyncio.to_thread(slow_read, "network", 0.36),
        ticker(),
    )
    print(stamp(), results[:2])


asyncio.run(main())
