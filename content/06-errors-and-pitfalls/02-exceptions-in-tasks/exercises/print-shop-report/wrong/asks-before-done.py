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
    tasks = [asyncio.create_task(print_job(*job)) for job in JOBS]
    done = 0
    for (name, _, _), task in zip(JOBS, tasks):
        if task.exception():
            print(f"{name}: FAILED ({task.exception()})")
        else:
            print(f"{name}: {task.result()}")
            done += 1
    print(f"{done} of {len(JOBS)} jobs done in {time.perf_counter() - START:.1f}s")


asyncio.run(main())
