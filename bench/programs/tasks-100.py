# Issue 12's program: 100 tasks sleeping 1–10 s, gathered (10 s of virtual time).
import asyncio


async def nap(i):
    await asyncio.sleep(10 * (i % 10 + 1) / 10)
    return i


async def main():
    done = await asyncio.gather(*(nap(i) for i in range(100)))
    print(len(done), sum(done))


asyncio.run(main())
