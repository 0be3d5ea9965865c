# pins: a bounded queue makes a fast producer wait for a slow consumer: the producer's put() blocks
# while the queue is full, so its prints interleave with the consumer's.
import asyncio


async def producer(queue):
    for i in range(5):
        await queue.put(i)
        print("put", i)
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.05)
        print("consumed", item)


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
