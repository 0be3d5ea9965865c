# pins: breaking out of `async for` leaves the generator suspended; aclose() runs its finally block;
# a closed generator's __anext__ raises StopAsyncIteration.
import asyncio


async def ticker(limit):
    try:
        for i in range(limit):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticker cleaned up")


async def main():
    gen = ticker(10)
    async for value in gen:
        print("value", value)
        if value == 2:
            break
    print("after break")
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")


asyncio.run(main())
