# pins: await asyncio.sleep(0) yields to the other ready tasks: a strict round robin.
import asyncio


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(spinner("a", 3), spinner("b", 2), spinner("c", 4))


asyncio.run(main())
