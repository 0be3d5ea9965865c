# Victim, run after loop-class-plant.py (possibly as another learner): the unmodified starter of
# download-all-at-once. Its run and grade must be exactly the normal ones.
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
    # These three downloads run one after another: 4.0 s in total.
    # Make them run at the same time.
    await download("podcast.mp3", 2.0)
    await download("photos.zip", 1.5)
    await download("notes.pdf", 0.5)
    log("all downloads finished")


asyncio.run(main())
