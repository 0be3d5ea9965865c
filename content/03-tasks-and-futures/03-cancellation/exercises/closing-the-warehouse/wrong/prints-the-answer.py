import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def main():
    await asyncio.sleep(1)
    log("delivery: unloaded")
    await asyncio.sleep(1)
    log("belt A: stopped after 6 boxes")
    log("belt B: stopped after 2 boxes")
    log("closing time: 2 of 3 tasks cancelled")


asyncio.run(main())
