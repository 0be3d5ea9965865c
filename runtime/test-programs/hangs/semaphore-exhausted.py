# expect: deadlock
# waits: Task-3 (job()) on Semaphore.acquire(): the first job never releases its slot
import asyncio


async def job(sem, n):
    await sem.acquire()
    print("job", n, "acquired")


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(job(sem, 1), job(sem, 2))


asyncio.run(main())
