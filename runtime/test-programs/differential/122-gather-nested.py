# pins: gather() of gathers returns nested lists in argument order, whatever order they finish in.
import asyncio


async def value(v, seconds):
    await asyncio.sleep(seconds)
    return v


async def main():
    first = asyncio.gather(value("a", 0.2), value("b", 0.1))
    second = asyncio.gather(value("c", 0.05), value("d", 0.15))
    print(await asyncio.gather(first, second, value("e", 0.01)))
    print(await asyncio.gather())


asyncio.run(main())
