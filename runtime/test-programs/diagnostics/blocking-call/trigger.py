# expect: blocking-call at line 8
import asyncio
import time


async def slow_step(n):
    print("step", n)
    time.sleep(0.5)


async def main():
    await asyncio.gather(slow_step(1), slow_step(2))


asyncio.run(main())
