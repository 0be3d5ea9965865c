# pins: `async with barrier` waits for all parties: each gets a distinct index, and everyone passes
# at the moment the slowest arrives.
import asyncio
import time


async def worker(barrier, n, start):
    await asyncio.sleep(0.05 * n)
    async with barrier as position:
        print(f"worker {n} passes at {time.monotonic() - start:.2f} s")
        return position


async def main():
    barrier = asyncio.Barrier(4)
    start = time.monotonic()
    positions = await asyncio.gather(*(worker(barrier, n, start) for n in range(4)))
    print(sorted(positions))


asyncio.run(main())
