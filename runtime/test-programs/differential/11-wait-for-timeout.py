# pins: wait_for() raises TimeoutError when the timeout passes and cancels the inner task; a fast
# coroutine returns its value.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return "slow"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def fast():
    await asyncio.sleep(0.01)
    return "fast"


async def main():
    print(await asyncio.wait_for(fast(), timeout=0.2))
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError as exc:
        print("timeout:", type(exc).__name__)


asyncio.run(main())
