import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def belt(name, seconds):
    """A conveyor belt: moves a box every `seconds`, for ever."""
    boxes = 0
    try:
        while True:
            await asyncio.sleep(seconds)
            boxes += 1
    finally:
        log(f"belt {name}: stopped after {boxes} boxes")


async def delivery():
    await asyncio.sleep(1)
    log("delivery: unloaded")


async def stop_all(tasks):
    """Cancel every task, wait until all have stopped, return how many ended cancelled."""
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return len(tasks)


async def main():
    tasks = [
        asyncio.create_task(belt("A", 0.3)),
        asyncio.create_task(belt("B", 0.7)),
        asyncio.create_task(delivery()),
    ]
    await asyncio.sleep(2)
    cancelled = await stop_all(tasks)
    log(f"closing time: {cancelled} of {len(tasks)} tasks cancelled")


asyncio.run(main())
