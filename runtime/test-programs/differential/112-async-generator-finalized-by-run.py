# pins: an async generator left suspended is finalized by asyncio.run() at shutdown
# (shutdown_asyncgens), so its finally block still runs before run() returns.
import asyncio


async def numbers():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print("numbers finalized")


async def main():
    gen = numbers()
    print(await anext(gen), await anext(gen))
    print("main returns with the generator suspended")


asyncio.run(main())
print("after asyncio.run")
