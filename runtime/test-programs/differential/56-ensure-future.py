# pins: ensure_future() wraps a coroutine in a Task and returns futures/tasks unchanged.
import asyncio


async def job():
    await asyncio.sleep(0.01)
    return "job"


async def main():
    task = asyncio.ensure_future(job())
    print("is task:", isinstance(task, asyncio.Task))
    print("same object:", asyncio.ensure_future(task) is task)
    print(await task)


asyncio.run(main())
