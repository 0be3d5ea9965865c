# pins: wait_for() on a thread stops waiting but cannot stop the thread: it goes on, prints, and
# asyncio.run() waits for the default executor's threads before it returns.
import asyncio
import time


def slow():
    time.sleep(0.5)
    print("slow finished anyway")
    return 1


async def main():
    start = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), timeout=0.2)
    except asyncio.TimeoutError:
        print(f"timed out after {time.monotonic() - start:.1f}")
    print("main returns")


start = time.monotonic()
asyncio.run(main())
print(f"asyncio.run returned after {time.monotonic() - start:.1f}")
