import asyncio
import time

START = time.perf_counter()
MIRRORS = ["eu", "us", "asia", "africa"]
LATENCY = {"eu": 1.0, "us": 0.5, "asia": 2.0, "africa": 1.5}


async def ping(mirror):
    """Return the mirror's answer time in seconds, or raise if it is down."""
    await asyncio.sleep(LATENCY[mirror])
    if mirror == "us":
        raise ConnectionError("us refused the connection")
    if mirror == "africa":
        raise TimeoutError("africa did not answer")
    return LATENCY[mirror]



async def main():
    up = 0
    for mirror in MIRRORS:
        try:
            seconds = await ping(mirror)
        except Exception as err:
            print(f"{mirror}: DOWN ({type(err).__name__}: {err})")
        else:
            print(f"{mirror}: up ({seconds:.1f}s)")
            up += 1
    print(f"{up}/{len(MIRRORS)} mirrors up, checked in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
