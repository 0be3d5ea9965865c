# expect: create-task-no-running-loop at line 9
# errata A1: the argument is evaluated before asyncio.run() starts a loop
import asyncio


async def hello():
    print("Hello, world!")

asyncio.run(asyncio.create_task(hello()))
