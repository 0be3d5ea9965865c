# pins: a job still queued behind a one-worker pool can be cancelled; shutdown(wait=False) returns
# at once; submit after shutdown raises RuntimeError; shutdown(cancel_futures=True) cancels the queue.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)


def slow(x):
    time.sleep(0.2)
    print("slow", x)
    return x


async def main():
    loop = asyncio.get_running_loop()
    first = loop.run_in_executor(pool, slow, 1)
    second = loop.run_in_executor(pool, slow, 2)
    await asyncio.sleep(0.1)
    second.cancel()
    print(await first)
    pool.shutdown(wait=False)
    try:
        pool.submit(slow, 3)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("second cancelled:", second.cancelled())


asyncio.run(main())

other = ThreadPoolExecutor(1)
futures = [other.submit(slow, n) for n in (4, 5, 6)]
time.sleep(0.1)
other.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in futures])
