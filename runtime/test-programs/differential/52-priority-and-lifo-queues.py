# pins: PriorityQueue hands out the smallest item first; LifoQueue the newest.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        await pq.put(item)
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "abc":
        lq.put_nowait(item)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")


asyncio.run(main())
