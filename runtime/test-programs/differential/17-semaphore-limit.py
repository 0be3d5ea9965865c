# pins: a Semaphore(2) lets two tasks in at a time; waiters enter in FIFO order.
import asyncio

running = 0
peak = 0


async def job(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print("start", n)
        await asyncio.sleep(0.05)
        print("end", n)
        running -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(5)))
    print("peak concurrency:", peak)


asyncio.run(main())
