# pins: results of TaskGroup children are read from their tasks after the block; children created
# by other children join the same group; a finished group refuses new tasks.
import asyncio


async def square(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def spawner(tg, results):
    await asyncio.sleep(0.05)
    results.append(tg.create_task(square(10)))


async def main():
    results = []
    async with asyncio.TaskGroup() as tg:
        results += [tg.create_task(square(n)) for n in range(4)]
        tg.create_task(spawner(tg, results))
    print([t.result() for t in results])
    coro = square(1)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
        coro.close()


asyncio.run(main())
