# pins: put() waits while a bounded queue is full; items keep FIFO order.
import asyncio


async def producer(queue):
    for i in range(5):
        print("putting", i)
        await queue.put(i)
    print("producer done")


async def main():
    queue = asyncio.Queue(maxsize=2)
    task = asyncio.create_task(producer(queue))
    await asyncio.sleep(0.05)
    print("queue full:", queue.full(), queue.qsize())
    got = []
    while len(got) < 5:
        got.append(await queue.get())
        await asyncio.sleep(0.01)
    await task
    print(got)


asyncio.run(main())
