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
    answers = await asyncio.gather(*(ping(mirror) for mirror in MIRRORS), return_exceptions=True)
    up = 0
    for mirror, answer in zip(MIRRORS, answers):
        if isinstance(answer, Exception):
            print(f"{mirror}: DOWN ({type(answer).__name__}: {answer})")
        else:
            print(f"{mirror}: up ({answer:.1f}s)")
            up += 1
    print(f"{up}/{len(MIRRORS)} mirrors up, checked in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
