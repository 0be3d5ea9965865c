# pins: waiting on an empty queue with wait_for times out cleanly; an item put later is still
# there for the next get.
import asyncio


async def main():
    queue = asyncio.Queue()
    try:
        await asyncio.wait_for(queue.get(), timeout=0.1)
    except asyncio.TimeoutError:
        print("nothing arrived in 0.1 s")
    asyncio.get_running_loop().call_later(0.05, queue.put_nowait, "late item")
    print(await asyncio.wait_for(queue.get(), timeout=0.5))
    print("queue empty again:", queue.empty())


asyncio.run(main())
