import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def main():
    await asyncio.sleep(1)
    log("Bolt & Co: no answer within 1.0s")
    log("best: ('Hammer Time', 11.0)")
    await asyncio.sleep(2.5)
    log("best: ('Bolt & Co', 9.9)")
    await asyncio.sleep(0.5)
    log("Bolt & Co: no answer within 0.5s")
    log("best: None")


asyncio.run(main())
