# pins: gather(return_exceptions=True) puts exceptions in the result list and waits for every task.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("Something went wrong")


async def main():
    results = await asyncio.gather(ok(1), boom(), ok(3), return_exceptions=True)
    print([repr(r) for r in results])


asyncio.run(main())
