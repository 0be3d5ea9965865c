# pins: put_nowait on a full queue raises QueueFull, get_nowait on an empty one QueueEmpty;
# qsize/full/empty/maxsize report the state.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize=2)
    queue.put_nowait("a")
    queue.put_nowait("b")
    print("size", queue.qsize(), "full", queue.full(), "maxsize", queue.maxsize)
    try:
        queue.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(queue.get_nowait(), queue.get_nowait())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty; empty:", queue.empty())


asyncio.run(main())
