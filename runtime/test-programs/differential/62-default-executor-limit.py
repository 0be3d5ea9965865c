# pins: the default executor has a worker limit too (min(32, cpu_count + 4)): forty blocking jobs
# handed to asyncio.to_thread cannot all run at once, so they take more than one round.
import asyncio
import time


def blocking_job():
    time.sleep(0.2)


async def main():
    start = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(blocking_job) for _ in range(40)))
    elapsed = time.monotonic() - start
    print("more than one round:", elapsed > 0.35)


asyncio.run(main())
