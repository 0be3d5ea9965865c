import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def main():
    await asyncio.sleep(1)
    log("tea is ready")
    await asyncio.sleep(1)
    log("wake up!")
    log("meeting alarm dismissed? True")


asyncio.run(main())
