import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()
PHOTOS = [("a.jpg", 0.4), ("b.jpg", 0.2), ("c.jpg", 0.3), ("d.jpg", 0.2)]  # name, seconds to shrink


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


def make_thumbnail(name, seconds):
    """Blocking: the imaging library has no async version."""
    time.sleep(seconds)
    print(clock(), "thumbnail", name)
    return f"thumb-{name}"


async def make_all(photos):
    return await asyncio.gather(*(make_one(name, seconds) for name, seconds in photos))


async def make_one(name, seconds):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        return await loop.run_in_executor(pool, make_thumbnail, name, seconds)


async def spinner(turns):
    while True:
        turns.append(clock())
        await asyncio.sleep(0.25)


async def main():
    turns = []
    spinning = asyncio.create_task(spinner(turns))
    thumbnails = await make_all(PHOTOS)
    spinning.cancel()
    await asyncio.gather(spinning, return_exceptions=True)
    print(clock(), "made", ", ".join(thumbnails))
    print("the spinner turned", len(turns), "times")


asyncio.run(main())
