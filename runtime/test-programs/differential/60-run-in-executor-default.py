# pins: loop.run_in_executor(None, f, *args) returns the function's result without blocking the loop.
import asyncio
import time


def work(a, b):
    time.sleep(0.15)
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, 2, 3)
    print("scheduled; loop free")
    await asyncio.sleep(0.05)
    print("still waiting, done:", fut.done())
    print("result:", await fut)


asyncio.run(main())
