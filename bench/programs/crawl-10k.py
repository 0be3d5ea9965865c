# A crawl of 10,000 pages, at most 50 fetches at once (a semaphore), each fetch 0.1–1 s.
import asyncio


async def fetch(limit, page):
    async with limit:
        await asyncio.sleep((page % 10 + 1) / 10)
        return page % 7


async def main():
    limit = asyncio.Semaphore(50)
    sizes = await asyncio.gather(*(fetch(limit, page) for page in range(10_000)))
    print(len(sizes), sum(sizes))


asyncio.run(main())
