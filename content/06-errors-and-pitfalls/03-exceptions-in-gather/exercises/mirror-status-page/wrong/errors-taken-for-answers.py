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
    for mirror, answer in zip(MIRRORS, answers):
        print(f"{mirror}: up ({answer})")
    print(f"{len(answers)}/{len(MIRRORS)} mirrors up, checked in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
