# Tries: sys.exit(0) from inside a task, right after the downloads start, to end the run "successfully".
import asyncio
import sys
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def download(name, seconds):
    log(f"start {name}")
    await asyncio.sleep(seconds)
    log(f"done {name}")


async def quit_early():
    sys.exit(0)


async def main():
    asyncio.create_task(quit_early())
    await asyncio.gather(download("podcast.mp3", 2.0), download("photos.zip", 1.5), download("notes.pdf", 0.5))
    log("all downloads finished")


asyncio.run(main())
