import asyncio
import time

start = time.perf_counter()

JOBS = [  # name, seconds it takes, the problem it runs into (None: no problem)
    ("backup", 0.6, None),
    ("upload", 0.3, "disk full"),
    ("thumbnails", 5.0, None),
]


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def job(name, seconds, problem):
    await asyncio.sleep(seconds)
    if problem is not None:
        raise OSError(problem)
    return f"{name} finished"


def report(task):
    """Log how a finished task ended: its result, its exception, or its cancellation."""
    if task.cancelled():
        log(f"{task.get_name()}: cancelled")
    elif task.exception() is not None:
        error = task.exception()
        log(f"{task.get_name()}: FAILED with {type(error).__name__}: {error}")
    else:
        log(f"{task.get_name()}: {task.result()}")


async def main():
    tasks = []
    for name, seconds, problem in JOBS:
        task = asyncio.create_task(job(name, seconds, problem), name=name)
        task.add_done_callback(report)
        tasks.append(task)
    await asyncio.sleep(1)
    tasks[2].cancel()  # the thumbnails take too long tonight
    await asyncio.sleep(0.1)
    log("night shift over")


asyncio.run(main())
