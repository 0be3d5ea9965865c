# pins: a semaphore-limited crawl: at most three fetches run at once, so nine 0.1 s fetches take
# three rounds, and the peak concurrency is three.
import asyncio
import time

limit = asyncio.Semaphore(3)
running = 0
peak = 0


async def fetch(url):
    global running, peak
    async with limit:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.1)
        running -= 1
        return f"{url}: 200"


async def main():
    start = time.monotonic()
    urls = [f"https://example.com/page{i}" for i in range(9)]
    results = await asyncio.gather(*(fetch(u) for u in urls))
    print(results[0], "...", results[-1])
    print("peak:", peak, "rounds:", round((time.monotonic() - start) / 0.1))


asyncio.run(main())
