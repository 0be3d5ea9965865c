# expect: deadlock
# waits: Task-2 (holder()) on Event.wait() at line 9; Task-3 (wants_lock()) on Lock.acquire() at line 14
import asyncio


async def holder(lock, never):
    await lock.acquire()
    print("holder has the lock and waits for an event nobody sets")
    await never.wait()
    lock.release()


async def wants_lock(lock):
    async with lock:
        print("never printed")


async def main():
    lock, never = asyncio.Lock(), asyncio.Event()
    await asyncio.gather(holder(lock, never), wants_lock(lock))


asyncio.run(main())
