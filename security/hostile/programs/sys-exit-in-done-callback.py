# Tries: raise SystemExit from a done callback, where the loop itself runs it.
import asyncio
import sys


def stop(task):
    sys.exit(3)


async def job():
    await asyncio.sleep(0.5)


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(stop)
    await asyncio.sleep(1)
    print("after the callback")


asyncio.run(main())
