import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def water(plant, seconds):
    log(f"watering the {plant}")
    await asyncio.sleep(seconds)  # the can empties slowly
    return f"{plant} watered"


async def main():
    # Prints what watering would print, waiting as long as it would take.
    for plant, seconds in [("fern", 1.0), ("basil", 0.5), ("cactus", 0.2)]:
        log(f"watering the {plant}")
        await asyncio.sleep(seconds)
        log(f"{plant} watered")


asyncio.run(main())
