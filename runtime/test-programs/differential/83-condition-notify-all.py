# pins: asyncio.Condition: notify(1) wakes one waiter, notify_all() the rest, each re-acquiring the
# lock in turn; wait_for(predicate) waits until the predicate holds.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait()
        print(name, "notified, items =", len(items))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0.05)
    async with cond:
        items.append("a")
        cond.notify(1)
    await asyncio.sleep(0.05)
    async with cond:
        items.append("b")
        cond.notify_all()
    await asyncio.gather(*tasks)

    async def fill():
        for i in range(5):
            await asyncio.sleep(0.02)
            async with cond:
                items.append(i)
                cond.notify_all()

    filler = asyncio.create_task(fill())
    async with cond:
        await cond.wait_for(lambda: len(items) >= 5)
        print("predicate true with", len(items), "items")
    await filler


asyncio.run(main())
