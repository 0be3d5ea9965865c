# 10,000 tasks sleeping 1–10 s, gathered.
import asyncio


async def nap(i):
    await asyncio.sleep(i % 10 + 1)
    return i


async def main():
    done = await asyncio.gather(*(nap(i) for i in range(10_000)))
    print(len(done), sum(done))


asyncio.run(main())
