# pins: workers started a little apart and each doing timed steps interleave by time, the way a
# learner's simulation of cooks in a kitchen does.
import asyncio
import time

start = time.monotonic()


def clock():
    return f"{time.monotonic() - start:.1f}"


async def cook(name, dishes, seconds):
    for dish in dishes:
        print(clock(), name, "starts", dish)
        await asyncio.sleep(seconds)
        print(clock(), name, "serves", dish)


async def main():
    await asyncio.gather(
        cook("Ann", ["soup", "salad"], 0.3),
        cook("Bob", ["pasta"], 0.45),
    )


asyncio.run(main())
