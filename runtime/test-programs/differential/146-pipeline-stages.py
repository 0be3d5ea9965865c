# pins: a three-stage pipeline joined by queues, shut down with sentinels; items keep their order.
import asyncio


async def produce(out):
    for n in range(4):
        await asyncio.sleep(0.02)
        await out.put(n)
    await out.put(None)


async def transform(inp, out):
    while (n := await inp.get()) is not None:
        await asyncio.sleep(0.03)
        await out.put(n * n)
    await out.put(None)


async def consume(inp):
    results = []
    while (n := await inp.get()) is not None:
        results.append(n)
    return results


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    _, _, results = await asyncio.gather(produce(a), transform(a, b), consume(b))
    print(results)


asyncio.run(main())
