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
    done = []
    for photo, seconds in PHOTOS:
        done.append(await resize(photo, seconds))
        print(clock(), "resized", photo)
    print(clock(), f"{len(done)} photos resized")


asyncio.run(main())
