# pins: `async with asyncio.timeout()` turns the cancellation into TimeoutError at the block's end,
# expired() reports it, and the task itself is not left cancelled.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    print("cancelling():", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.05)
    print("in time; expired:", cm.expired())


asyncio.run(main())
