# pins: asyncio.Barrier (3.11+): parties wait until all have arrived, wait() returns each its own
# index, the barrier resets for another round, and abort() breaks it for waiters.
import asyncio


async def runner(barrier, name, delay, log):
    await asyncio.sleep(delay)
    index = await barrier.wait()
    log.append((name, index))
    await asyncio.sleep(delay)
    await barrier.wait()


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    async with asyncio.TaskGroup() as tg:
        for name, delay in (("a", 0.03), ("b", 0.06), ("c", 0.09)):
            tg.create_task(runner(barrier, name, delay, log))
    print(sorted(index for _, index in log), "parties:", barrier.parties, "waiting:", barrier.n_waiting)

    broken = asyncio.Barrier(2)

    async def lonely():
        try:
            await broken.wait()
        except asyncio.BrokenBarrierError:
            print("barrier broken while waiting")

    task = asyncio.create_task(lonely())
    await asyncio.sleep(0.05)
    await broken.abort()
    await task
    print("broken:", broken.broken)


asyncio.run(main())
