# pins: a ThreadPoolExecutor runs at most max_workers jobs at once: four 0.5 s blocking jobs on two
# workers take 1.0 s (two rounds), and the later jobs start only when a worker is free.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

start = time.monotonic()


def elapsed():
    # tenths of a second, rounded down (a real thread starts a little after its turn)
    return int((time.monotonic() - start) * 10) / 10


def download(n):
    print(f"job {n} starts at {elapsed()}")
    time.sleep(0.5)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, download, n) for n in range(4)]
        results = await asyncio.gather(*jobs)
    print(results)
    print(f"took {elapsed()} s")


asyncio.run(main())
