# pins: a coroutine that polls the clock with `await asyncio.sleep(0)` reaches its deadline, and a
# task sleeping meanwhile gets its turn as soon as its timer is due.
import asyncio
import time


async def wait_until(deadline):
    turns = 0
    while time.monotonic() < deadline:
        turns += 1
        await asyncio.sleep(0)
    return turns > 0


async def sleeper():
    await asyncio.sleep(0.1)
    print("sleeper woke while the poller polled")


async def main():
    start = time.monotonic()
    task = asyncio.create_task(sleeper())
    print("polled:", await wait_until(start + 0.25))
    print(f"after {time.monotonic() - start:.1f} s, sleeper done: {task.done()}")


asyncio.run(main())
