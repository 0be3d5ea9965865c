# expect-none: coroutine-never-awaited
# the coroutine object is created first and awaited later: nothing is wrong
import asyncio


async def greet():
    print("hello")


async def main():
    pending = greet()
    await asyncio.sleep(0.01)
    await pending


asyncio.run(main())
