import asyncio
import time

start = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - start:.1f}s]"


async def job(seconds):
    await asyncio.sleep(seconds)


async def watchdog(interval):
    """Every `interval` seconds, print the names of the other tasks still running, sorted;
    return as soon as no other task is left."""
    for _ in range(3):
        await asyncio.sleep(interval)
        others = sorted(task.get_name() for task in asyncio.all_tasks() if task is not asyncio.current_task())
        if others:
            print(clock(), "still running:", ", ".join(others))


async def main():
    for name, seconds in [("backup", 2.5), ("email", 0.5), ("report", 1.5)]:
        asyncio.create_task(job(seconds), name=name)
    await watchdog(1)
    print(clock(), "all jobs done")


asyncio.run(main())
