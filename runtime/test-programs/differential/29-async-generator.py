# pins: async generators with awaits inside, `async for`, and aclose() running the finally block.
import asyncio


async def countdown(n):
    try:
        while n > 0:
            await asyncio.sleep(0.01)
            yield n
            n -= 1
    finally:
        print("generator cleanup")


async def main():
    async for value in countdown(3):
        print("got", value)
    gen = countdown(10)
    print("first", await gen.__anext__())
    await gen.aclose()
    print("closed")


asyncio.run(main())
