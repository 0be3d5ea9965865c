# Tries: monkeypatch asyncio's pure-Python Task (its private __step) so every sleep is skipped, and make
# it the Task class asyncio uses.
import asyncio
import asyncio.tasks
import time

start = time.perf_counter()
PyTask = asyncio.tasks._PyTask
original_step = PyTask._Task__step


def hurried_step(self, exc=None):
    return original_step(self, exc)


PyTask._Task__step = hurried_step
asyncio.Task = asyncio.tasks.Task = PyTask


async def instant_sleep(delay, result=None):
    return result


asyncio.sleep = instant_sleep


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
