import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def download(name, seconds):
    log(f"start {name}")
    await asyncio.sleep(seconds)  # the bytes trickle in
    log(f"done {name}")


async def main():
    # Prints what the downloads would print, waiting as long as they would take.
    log("start podcast.mp3")
    log("start photos.zip")
    log("start notes.pdf")
    await asyncio.sleep(0.5)
    log("done notes.pdf")
    await asyncio.sleep(1.0)
    log("done photos.zip")
    await asyncio.sleep(0.5)
    log("done podcast.mp3")
    log("all downloads finished")


asyncio.run(main())
