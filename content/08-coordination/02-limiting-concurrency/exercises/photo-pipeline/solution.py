import asyncio
import time

START = time.perf_counter()
PHOTOS = [("beach", 1.0), ("cat", 0.4), ("city", 1.5), ("dog", 0.5), ("forest", 2.0), ("moon", 0.7), ("party", 1.2), ("tree", 0.6)]


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def resize(photo, seconds):
    await asyncio.sleep(seconds)  # the image library is slow
    return f"{photo}-small.jpg"



async def worker(name, queue, done):
    while True:
        photo, seconds = await queue.get()
        try:
            done.append(await resize(photo, seconds))
            print(clock(), name, "resized", photo)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in PHOTOS:
        queue.put_nowait(item)
    done = []
    workers = [asyncio.create_task(worker(f"worker-{n}", queue, done)) for n in range(1, 4)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)  # wait until every worker has stopped
    print(clock(), f"{len(done)} photos resized")


asyncio.run(main())
