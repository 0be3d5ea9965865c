# pins: shield() keeps the inner task running when the awaiting side is cancelled (wait_for timeout).
import asyncio


async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out waiting, inner cancelled?", inner.cancelled())
    print("inner result:", await inner)


asyncio.run(main())
