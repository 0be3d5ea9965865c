# expect: deadlock
# waits: Task-1 (main()) on a Future that nothing will ever resolve, at line 9
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("waiting for a future")
    await loop.create_future()


asyncio.run(main())
