# expect: deadlock
# waits: Task-2 (consumer()) on Queue.get() at line 9; Task-1 (main()) on Task-2
import asyncio


async def consumer(queue):
    while True:
        item = await queue.get()
        print("got", item)


async def main():
    queue = asyncio.Queue()
    await queue.put("only item")
    await asyncio.create_task(consumer(queue))


asyncio.run(main())
