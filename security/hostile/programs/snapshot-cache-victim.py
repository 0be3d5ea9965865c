# Victim, run after snapshot-cache-plant.py (possibly as another learner): the reference solution of
# download-all-at-once. It must still pass, with exactly the normal output.
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
    await asyncio.gather(
        download("podcast.mp3", 2.0),
        download("photos.zip", 1.5),
        download("notes.pdf", 0.5),
    )
    log("all downloads finished")


asyncio.run(main())
