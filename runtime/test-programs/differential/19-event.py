# pins: Event.wait() blocks waiters until set(); all waiters resume in the order they waited;
# waiting on an already-set event returns at once.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "released")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.05)
    print("setting")
    event.set()
    await asyncio.gather(*tasks)
    await waiter("late", event)
    event.clear()
    print("is_set after clear:", event.is_set())


asyncio.run(main())
