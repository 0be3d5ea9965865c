# pins: async comprehensions (async for / await inside list, set and dict comprehensions).
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    print([x async for x in numbers(5) if x % 2 == 0])
    print([await square(x) for x in range(4)])
    print({x: await square(x) async for x in numbers(3)})
    print(sorted({x % 3 async for x in numbers(7)}))


asyncio.run(main())
