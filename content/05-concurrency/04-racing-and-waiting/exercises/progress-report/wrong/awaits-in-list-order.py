import asyncio
import time

start = time.perf_counter()
FILES = [("report.pdf", 1.2), ("photo.jpg", 0.4), ("song.mp3", 0.9), ("notes.txt", 0.1)]


async def download(name, seconds):
    await asyncio.sleep(seconds)  # the transfer
    return name


async def download_all(files):
    """Download every file at once, printing a progress line as each one finishes."""
    downloads = [asyncio.create_task(download(name, seconds)) for name, seconds in files]
    for count, task in enumerate(downloads, 1):
        name = await task
        print(f"[{time.perf_counter() - start:.1f}s] {count}/{len(files)} done: {name}")


asyncio.run(download_all(FILES))
