# pins: create_task() schedules a task; it starts only when the creator yields, in creation order.
import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0.05)
    print("end", name)


async def main():
    t1 = asyncio.create_task(job("one"))
    t2 = asyncio.create_task(job("two"))
    print("tasks created")
    await asyncio.sleep(0)
    print("main resumed")
    await t1
    await t2
    print("both done")


asyncio.run(main())
