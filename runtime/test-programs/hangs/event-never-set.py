# expect: deadlock
# waits: Task-1 (main()) on gather(2); Task-2 and Task-3 (waiter()) on Event.wait() at line 8
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "released")


async def main():
    ready = asyncio.Event()
    await asyncio.gather(waiter(ready, "a"), waiter(ready, "b"))


asyncio.run(main())
