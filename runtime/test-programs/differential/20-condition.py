# pins: Condition.notify(1) wakes one waiter at a time in FIFO order; notify_all() wakes the rest.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(4)]
    await asyncio.sleep(0.01)
    for value in ("a", "b"):
        async with cond:
            items.append(value)
            cond.notify(1)
        await asyncio.sleep(0.01)
    async with cond:
        items.extend(["c", "d"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("left:", items)


asyncio.run(main())
