import asyncio
import time

START = time.perf_counter()
JOBS = [("flyers", 2, None), ("posters", 1, "paper jam"), ("cards", 1.5, None), ("banner", 0.5, "out of ink")]


async def print_job(name, seconds, problem):
    await asyncio.sleep(seconds)
    if problem:
        raise RuntimeError(problem)
    return f"{name} printed"



async def main():
    done = 0
    for name, seconds, problem in JOBS:
        try:
            print(f"{name}: {await print_job(name, seconds, problem)}")
            done += 1
        except RuntimeError as problem:
            print(f"{name}: FAILED ({problem})")
    print(f"{done} of {len(JOBS)} jobs done in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
