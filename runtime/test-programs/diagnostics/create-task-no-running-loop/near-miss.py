# expect-none: create-task-no-running-loop
import asyncio


async def hello():
    print("Hello, world!")


async def main():
    await asyncio.create_task(hello())


asyncio.run(main())
