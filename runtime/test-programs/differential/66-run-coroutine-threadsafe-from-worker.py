# pins: blocking code in a worker thread can run a coroutine on the main loop with
# run_coroutine_threadsafe and wait for its result; exceptions come back through .result().
import asyncio
import time


async def lookup(key):
    await asyncio.sleep(0.1)
    if key == "missing":
        raise KeyError(key)
    return key.upper()


def worker(loop):
    answers = []
    for key in ("a", "b", "missing"):
        future = asyncio.run_coroutine_threadsafe(lookup(key), loop)
        try:
            answers.append(future.result(timeout=2))
        except KeyError as exc:
            answers.append(f"KeyError {exc}")
    return answers


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    print(await loop.run_in_executor(None, worker, loop))
    print(f"{time.monotonic() - start:.1f} s")


asyncio.run(main())
