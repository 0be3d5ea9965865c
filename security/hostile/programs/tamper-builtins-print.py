# Tries: replace builtins.print with one that rewrites the sequential starter's lines into the
# expected concurrent output.
import asyncio
import builtins
import time

EXPECTED = iter([
    "[0.0s] start podcast.mp3", "[0.0s] start photos.zip", "[0.0s] start notes.pdf",
    "[0.5s] done notes.pdf", "[1.5s] done photos.zip", "[2.0s] done podcast.mp3",
    "[2.0s] all downloads finished",
])
real_print = builtins.print


def print(*args, **kwargs):
    real_print(next(EXPECTED, " ".join(map(str, args))), **kwargs)


builtins.print = print
start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def download(name, seconds):
    log(f"start {name}")
    await asyncio.sleep(seconds)  # the bytes trickle in
    log(f"done {name}")


async def main():
    await download("podcast.mp3", 2.0)
    await download("photos.zip", 1.5)
    await download("notes.pdf", 0.5)
    log("all downloads finished")


asyncio.run(main())
