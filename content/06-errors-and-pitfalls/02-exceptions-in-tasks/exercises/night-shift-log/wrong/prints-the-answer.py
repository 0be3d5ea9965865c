import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def main():
    await asyncio.sleep(0.3)
    log("upload: FAILED with OSError: disk full")
    await asyncio.sleep(0.3)
    log("backup: backup finished")
    await asyncio.sleep(0.4)
    log("thumbnails: cancelled")
    await asyncio.sleep(0.1)
    log("night shift over")


asyncio.run(main())
