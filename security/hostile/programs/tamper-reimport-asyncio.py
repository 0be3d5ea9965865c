# Tries: delete asyncio and time from sys.modules and import fresh copies, hoping to get an event loop
# the harness has not patched (real time, no virtual clock, no tracking).
import asyncio
import sys

for name in [n for n in sys.modules if n == "asyncio" or n.startswith("asyncio.")]:
    del sys.modules[name]
sys.modules.pop("time", None)

import asyncio as fresh_asyncio  # noqa: E402
import time  # noqa: E402

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def download(name, seconds):
    log(f"start {name}")
    await fresh_asyncio.sleep(seconds)
    log(f"done {name}")


async def main():
    print("fresh asyncio is a new module:", fresh_asyncio is not asyncio)
    await fresh_asyncio.gather(download("podcast.mp3", 2.0), download("photos.zip", 1.5), download("notes.pdf", 0.5))
    log("all downloads finished")


fresh_asyncio.run(main())
