import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def ticker():
    """Tick once a second, for ever, until cancelled."""
    ticks = 0
    try:
        while True:
            await asyncio.sleep(1)
            ticks += 1
            log(f"tick {ticks}")
    except asyncio.CancelledError:
        log(f"ticker: stopped after {ticks} ticks")


async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(3.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    log(f"ticker cancelled? {task.cancelled()}")


asyncio.run(main())
