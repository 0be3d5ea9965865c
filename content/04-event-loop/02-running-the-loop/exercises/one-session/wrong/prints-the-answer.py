import asyncio
import time

start = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - start:.1f}s]"


async def main():
    await asyncio.sleep(0.3)
    print(clock(), "logged in")
    await asyncio.sleep(0.1)
    print(clock(), "sent 'hello'")
    await asyncio.sleep(0.1)
    print(clock(), "sent 'bye'")


asyncio.run(main())
print("heartbeat stopped at the end: True")
