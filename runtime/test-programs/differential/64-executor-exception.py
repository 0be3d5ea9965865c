# pins: an exception raised in executor work crosses back to the awaiting coroutine, with its type
# and message; other jobs are not affected and as_completed yields in finishing order.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def compute(n):
    time.sleep(0.1 * n)
    if n == 2:
        raise RuntimeError(f"job {n} failed")
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, int, "not a number")
    except ValueError as exc:
        print("caught:", exc)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc") as pool:
        jobs = [loop.run_in_executor(pool, compute, n) for n in (4, 2, 1)]
        for next_done in asyncio.as_completed(jobs):
            try:
                print("ok", await next_done)
            except RuntimeError as exc:
                print("error", exc)
    results = await asyncio.gather(
        asyncio.to_thread(compute, 1), asyncio.to_thread(compute, 2), return_exceptions=True)
    print(results)


asyncio.run(main())
