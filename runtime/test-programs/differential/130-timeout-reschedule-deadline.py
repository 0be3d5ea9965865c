# pins: a timeout's deadline can be pushed back from inside (reschedule), so slow progress that
# keeps reporting in survives; without it the same work would time out.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.15) as cm:
            for i in range(4):
                await asyncio.sleep(0.1)
                cm.reschedule(loop.time() + 0.15)
                print("chunk", i, "done; deadline moved")
        print("all chunks done")
    except TimeoutError:
        print("timed out")


asyncio.run(main())
