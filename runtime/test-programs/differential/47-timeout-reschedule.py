# pins: asyncio.timeout() deadlines can be moved with reschedule(); when() reports the deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("no deadline:", cm.when())
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after reschedule")
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.1)
        print("deadline removed, finished")


asyncio.run(main())
