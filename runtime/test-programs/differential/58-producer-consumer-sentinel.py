# pins: a pipeline of two queues with sentinels; every stage drains in order and finishes.
import asyncio


async def produce(out):
    for i in range(4):
        await asyncio.sleep(0.01)
        await out.put(i)
    await out.put(None)


async def double(inp, out):
    while (item := await inp.get()) is not None:
        await out.put(item * 2)
    await out.put(None)


async def collect(inp):
    items = []
    while (item := await inp.get()) is not None:
        items.append(item)
    return items


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    _, _, items = await asyncio.gather(produce(q1), double(q1, q2), collect(q2))
    print(items)


asyncio.run(main())
