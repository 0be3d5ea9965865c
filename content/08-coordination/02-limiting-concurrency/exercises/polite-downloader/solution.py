import asyncio
import time

START = time.perf_counter()
SIZES = {"a.zip": 1.0, "b.zip": 0.5, "c.zip": 2.0, "d.zip": 0.5, "e.zip": 0.8, "f.zip": 0.5, "g.zip": 1.5}
in_flight = 0
peak = 0


async def fetch(name):
    """Download one file from the mirror (it takes SIZES[name] seconds)."""
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    try:
        await asyncio.sleep(SIZES[name])
    finally:
        in_flight -= 1
    return f"{name} ({SIZES[name] * 10:.0f} MB)"



async def download_all(names, limit):
    """Fetch every file, at most `limit` at a time; results in the order of `names`."""
    permits = asyncio.Semaphore(limit)

    async def polite_fetch(name):
        async with permits:
            return await fetch(name)

    return await asyncio.gather(*(polite_fetch(name) for name in names))


async def main():
    files = await download_all(list(SIZES), limit=2)
    print(", ".join(files))
    print(f"{len(files)} files in {time.perf_counter() - START:.1f}s, at most {peak} at once")


asyncio.run(main())
