# expect-none: task-exception-never-retrieved
# the failed task is awaited and its exception handled
import asyncio


async def fails():
    raise ValueError("handled")


async def main():
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    try:
        await task
    except ValueError as exc:
        print("caught", exc)


asyncio.run(main())
