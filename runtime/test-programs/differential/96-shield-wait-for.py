# pins: wait_for(shield(x), timeout) times out without cancelling x: the work finishes later and
# can still be awaited.
import asyncio


async def compute():
    await asyncio.sleep(0.2)
    return 42


async def main():
    task = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out; task cancelled?", task.cancelled())
    print("finally:", await task)


asyncio.run(main())
