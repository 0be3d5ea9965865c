# expect-none: asyncio-run-in-running-loop
# two asyncio.run() calls one after the other, each at the top level
import asyncio


async def inner(n):
    await asyncio.sleep(0.01)
    return n


print(asyncio.run(inner(1)))
print(asyncio.run(inner(2)))
