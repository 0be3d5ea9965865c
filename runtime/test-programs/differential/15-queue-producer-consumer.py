# pins: Queue with two consumers, task_done()/join(), and cancelling idle consumers afterwards.
import asyncio


async def producer(queue):
    for i in range(6):
        await queue.put(i)
        print("put", i)
        await asyncio.sleep(0.04)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.1)
        print(name, "got", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue)
    await queue.join()
    print("all processed")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers cancelled:", [c.cancelled() for c in consumers])


asyncio.run(main())
