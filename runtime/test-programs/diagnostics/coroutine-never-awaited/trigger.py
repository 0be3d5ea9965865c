# expect: coroutine-never-awaited at line 11
import asyncio


async def greet():
    print("hello")


async def main():
    print("calling greet without await")
    greet()
    await asyncio.sleep(0.01)


asyncio.run(main())
