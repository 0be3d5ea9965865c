# pins: Condition.wait() and notify() without holding the lock raise RuntimeError; a Condition can
# share an existing Lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as exc:
        print("wait:", exc)
    try:
        cond.notify()
    except RuntimeError as exc:
        print("notify:", exc)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("lock held through the condition:", lock.locked())
    print("after:", lock.locked())


asyncio.run(main())
