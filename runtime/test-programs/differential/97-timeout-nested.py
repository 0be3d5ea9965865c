# pins: nested asyncio.timeout() blocks: the inner, shorter one fires first and is caught inside;
# the outer one then fires at its own deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.3):
            try:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print(f"inner timeout at {loop.time() - start:.1f}")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"outer timeout at {loop.time() - start:.1f}")


asyncio.run(main())
