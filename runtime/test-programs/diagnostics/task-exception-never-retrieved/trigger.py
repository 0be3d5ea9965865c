# expect: task-exception-never-retrieved at line 6
import asyncio


async def fails():
    raise ValueError("nobody sees me")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
