# expect-none: deadlock
# the queue is fed by another task, later
import asyncio


async def feeder(queue):
    await asyncio.sleep(1)
    await queue.put("item")


async def main():
    queue = asyncio.Queue()
    asyncio.create_task(feeder(queue))
    print(await queue.get())


asyncio.run(main())
