# pins: asyncio.Event wakes every waiter at once, in the order they started waiting; wait() on a
# set event returns at once; clear() makes later waiters wait again.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting the event")
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    await event.wait()
    print("waited on a set event")
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0.05)
    print("late done?", late.done())
    event.set()
    await late


asyncio.run(main())
