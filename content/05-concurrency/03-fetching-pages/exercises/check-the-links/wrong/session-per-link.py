import asyncio
import time

import aiohttp

START = time.perf_counter()
LINKS = [
    "https://example.com/about",
    "https://example.org/news",
    "https://example.net/missing",
    "https://example.com/delay/1.5",
    "https://example.invalid/",
]



async def status_line(url):
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as response:
                return f"{url}: {response.status}"
    except aiohttp.ClientError:
        return f"{url}: unreachable"


async def check_links(urls):
    """One line per URL, in order: "<url>: <status>" or "<url>: unreachable"."""
    return await asyncio.gather(*(status_line(url) for url in urls))


async def main():
    for line in await check_links(LINKS):
        print(line)
    print(f"{len(LINKS)} links checked in {time.perf_counter() - START:.2f}s")


asyncio.run(main())
