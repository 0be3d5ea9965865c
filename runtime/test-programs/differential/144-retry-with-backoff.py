# pins: a retry loop with exponential backoff: attempts are spaced 0.1, 0.2, 0.4 s apart and the
# total time adds up.
import asyncio
import time

attempts = 0


async def flaky():
    global attempts
    attempts += 1
    if attempts < 4:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"


async def with_retries(func, tries=5, delay=0.1):
    for attempt in range(tries):
        try:
            return await func()
        except ConnectionError as exc:
            print(exc, f"- retrying in {delay:.1f} s")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")


async def main():
    start = time.monotonic()
    print(await with_retries(flaky))
    print(f"took {time.monotonic() - start:.1f} s")


asyncio.run(main())
