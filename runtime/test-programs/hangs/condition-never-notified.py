# expect: deadlock
# waits: Task-1 (main()) on Condition.wait() at line 9
import asyncio


async def main():
    cond = asyncio.Condition()
    async with cond:
        await cond.wait()


asyncio.run(main())
