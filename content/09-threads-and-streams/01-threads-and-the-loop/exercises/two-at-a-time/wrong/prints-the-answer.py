import asyncio
import time

START = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def main():
    await asyncio.sleep(0.2)
    print(clock(), "thumbnail b.jpg")
    await asyncio.sleep(0.2)
    print(clock(), "thumbnail a.jpg")
    await asyncio.sleep(0.1)
    print(clock(), "thumbnail c.jpg")
    await asyncio.sleep(0.1)
    print(clock(), "thumbnail d.jpg")
    print(clock(), "made thumb-a.jpg, thumb-b.jpg, thumb-c.jpg, thumb-d.jpg")
    print("the spinner turned 3 times")


asyncio.run(main())
