import asyncio
import time

start = time.perf_counter()
MIRRORS = {"eu.example.org": 0.8, "us.example.org": 0.3, "asia.example.org": 1.2}


async def download(mirror, seconds):
    await asyncio.sleep(seconds)  # the transfer
    return f"file.zip from {mirror}"


async def fastest(mirrors):
    """Download from every mirror at once, return the first file that arrives,
    and cancel the other downloads (they must have stopped when this returns)."""
    downloads = [asyncio.create_task(download(m, s)) for m, s in mirrors.items()]
    done, pending = await asyncio.wait(downloads, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return done.pop().result()


async def main():
    print(await fastest(MIRRORS))
    print(f"done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
