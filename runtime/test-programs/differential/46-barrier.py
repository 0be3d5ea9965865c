# pins: asyncio.Barrier releases all parties together once the last one arrives.
import asyncio


async def party(barrier, n):
    await asyncio.sleep(0.02 * n)
    print("arrived", n)
    index = await barrier.wait()
    print("passed", n)
    return index


async def main():
    barrier = asyncio.Barrier(3)
    indexes = await asyncio.gather(*(party(barrier, n) for n in range(3)))
    print("indexes:", sorted(indexes))


asyncio.run(main())
