# pins: TaskGroup waits for all children; results are available afterwards; children finish in
# sleep order.
import asyncio


async def work(n):
    await asyncio.sleep(0.05 * (4 - n))
    print("finished", n)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n)) for n in range(1, 4)]
        print("all created")
    print([t.result() for t in tasks])


asyncio.run(main())
