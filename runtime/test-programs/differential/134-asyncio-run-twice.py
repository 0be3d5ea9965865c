# pins: each asyncio.run() makes a new loop; a coroutine object can be awaited only once. (What
# asyncio.run(a_function) raises differs by version: ValueError on 3.11, TypeError on 3.14.)
import asyncio


async def which_loop():
    return id(asyncio.get_running_loop())


first = asyncio.run(which_loop())
second = asyncio.run(which_loop())
print("fresh loop each time:", first is not None and second is not None)
coro = which_loop()
asyncio.run(coro)
try:
    asyncio.run(coro)
except RuntimeError as exc:
    print("RuntimeError:", exc)
