import asyncio

TIMERS = [("pasta", 9), ("sauce", 6), ("garlic bread", 4)]


def ring(name, start):
    now = asyncio.get_running_loop().time()
    print(f"[{now - start:.1f}s] {name} is ready")


def set_timers(loop, timers):
    """Set one timer per (name, seconds) pair, then return at once."""
    start = loop.time()
    for name, seconds in timers:
        loop.call_later(seconds, ring, name, start)


async def main():
    loop = asyncio.get_running_loop()
    set_timers(loop, TIMERS)
    await asyncio.sleep(10)  # stay in the kitchen until every timer has rung


asyncio.run(main())
