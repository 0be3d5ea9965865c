import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def main():
    await asyncio.sleep(0.5)
    log("A: 4.2")
    await asyncio.sleep(0.5)
    log("skipped: sample B is contaminated")
    log("B: None")
    await asyncio.sleep(0.5)
    log("C: 3.7")
    log("microscope free? True")


asyncio.run(main())
