# Tries: replace time.time, time.monotonic and time.perf_counter with a clock that runs twice as fast,
# so the sequential starter claims to take 2.0 s.
import asyncio
import time

real = {name: getattr(time, name) for name in ("time", "monotonic", "perf_counter")}
base = {name: clock() for name, clock in real.items()}


def faster(name):
    def read():
        return base[name] + (real[name]() - base[name]) / 2

    return read


for name in real:
    setattr(time, name, faster(name))
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
